import { browser } from 'wxt/browser';
import { now, realNow } from '../clock';
import { recordTransition } from '../db/activity';
import type { TendDatabase } from '../db/open';
import { expectedMarks, STILL_HERE_MINUTES, unseenSince, type Presence } from '../domain/presence';
import { stateAt } from '../domain/idle-state';
import type { PlannerState } from '../domain/planner-state';
import { presenceNote } from '../storage/presence';

/** The light alarm that marks the user still here while they work (see `stillHere`). */
export const STILL_HERE_ALARM = 'tend-still-here';

/**
 * At the start of a wake: when marks were expected and stopped (the browser was quit, the
 * computer slept without locking), records the user away from the last mark, so the time
 * between is not counted as work. The browser's own report of the user follows it. True
 * when it recorded one.
 */
export async function recordGap(db: TendDatabase): Promise<boolean> {
  return recordGapIn(db, await presenceNote.getValue());
}

/** As `recordGap`, with the presence note the caller has just read. */
export async function recordGapIn(db: TendDatabase, presence: Presence | null): Promise<boolean> {
  const at = (await now()).getTime();
  const since = unseenSince(presence, at, realNow());
  if (since === null) return false;
  // Stored as 'idle' from the last mark: nothing after it can be counted as work, and a
  // gap long enough is a break, as the same time away from a running browser would be.
  await recordTransition(db, { at, state: 'idle' }, since);
  // Told once: the wake that follows decides whether marks go on.
  await presenceNote.setValue({ seenAt: at, seenReal: realNow(), marks: null });
  return true;
}

/**
 * At the end of a wake: the note that the user was seen now, if they are at the computer (on
 * the clock or not), and when marks are expected next. The wake stores it with the popup's
 * view, in one call, and alone when there is no view to store (see wake.ts).
 */
export async function presenceAt(state: PlannerState, current: Date): Promise<Presence> {
  const at = current.getTime();
  const here = stateAt(state.activity, at) === 'active';
  const seen = here ? { seenAt: at, seenReal: realNow() } : await presenceNote.getValue();
  return {
    seenAt: seen?.seenAt ?? at,
    seenReal: seen?.seenReal ?? realNow(),
    marks: expectedMarks(state, current),
  };
}

/**
 * Once the note is stored: keeps the still-here alarm running exactly while marks are
 * expected now (the user at the computer, on the clock).
 */
export async function keepMarking({ marks }: Presence, at: number): Promise<void> {
  if (!marks || marks.from > at) {
    await browser.alarms.clear(STILL_HERE_ALARM);
  } else if (!(await browser.alarms.get(STILL_HERE_ALARM))) {
    // Left running when it exists, so frequent wakes do not keep pushing it back.
    await browser.alarms.create(STILL_HERE_ALARM, {
      delayInMinutes: STILL_HERE_MINUTES,
      periodInMinutes: STILL_HERE_MINUTES,
    });
  }
}

/**
 * The still-here alarm: one storage write while the user works, no plan. Returns true when
 * it finds a gap instead (it fired late, after a sleep): then a full wake must follow, to
 * record it and plan from where things now stand.
 */
export async function stillHere(): Promise<boolean> {
  const at = (await now()).getTime();
  const presence = await presenceNote.getValue();
  if (unseenSince(presence, at, realNow()) !== null) return true;
  if (!presence?.marks || at >= presence.marks.until) {
    await browser.alarms.clear(STILL_HERE_ALARM);
    return false;
  }
  await presenceNote.setValue({ ...presence, seenAt: at, seenReal: realNow() });
  return false;
}
