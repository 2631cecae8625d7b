import { addCalendarDays } from '../domain/calendar-date';
import type { DayException, NudgeKind, ScheduleChange } from '../domain/types';
import { localDate } from '../domain/workday';
import type { TendDatabase } from './open';

// Every small named value Tend keeps outside the settings, declared once with its type.
const PAUSE = 'pause-until';
const SNOOZES = 'snoozes';
export const EXCEPTION = 'exception:';

/** The meta keys of every day exception, for code that reads or writes them all (exports). */
export function allExceptionKeys(): IDBKeyRange {
  return IDBKeyRange.bound(EXCEPTION, `${EXCEPTION}\uffff`);
}
const GUARD_PASSES = 'guard-passes';
/** The schedule's last change: when, and the schedule before it (a ScheduleChange). */
export const SCHEDULE_CHANGE = 'schedule-change';

/** The schedule's last change, or null when it never changed here. */
export async function scheduleChange(db: TendDatabase): Promise<ScheduleChange | null> {
  const stored = (await db.get('meta', SCHEDULE_CHANGE)) as ScheduleChange | undefined;
  return stored ?? null;
}

/** Until when every nudge is paused, or null. */
export async function pausedUntil(db: TendDatabase): Promise<number | null> {
  return ((await db.get('meta', PAUSE)) as number | undefined) ?? null;
}

/** Pauses every nudge until `until`, or ends the pause with null. */
export async function setPause(db: TendDatabase, until: number | null): Promise<void> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  await Promise.all([
    until === null ? tx.store.delete(PAUSE) : tx.store.put(until, PAUSE),
    tx.done,
  ]);
}

/** The kinds of nudge snoozed from a notification, and until when. */
export async function snoozes(db: TendDatabase): Promise<Partial<Record<NudgeKind, number>>> {
  return ((await db.get('meta', SNOOZES)) as Partial<Record<NudgeKind, number>> | undefined) ?? {};
}

/** Snoozes one kind of nudge until `until`, in one read-modify-write. */
export async function snoozeKind(db: TendDatabase, kind: NudgeKind, until: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const current = ((await tx.store.get(SNOOZES)) ?? {}) as Partial<Record<NudgeKind, number>>;
  await Promise.all([tx.store.put({ ...current, [kind]: until }, SNOOZES), tx.done]);
}

/** The exceptions for the given local dates. */
export async function exceptionsOn(db: TendDatabase, dates: string[]): Promise<DayException[]> {
  const tx = db.transaction('meta');
  const found = await Promise.all(dates.map((date) => tx.store.get(`${EXCEPTION}${date}`)));
  await tx.done;
  return found.filter((value): value is DayException => value !== undefined);
}

/** Sets the exception for its date, or removes the date's exception with `null`. */
export async function setException(
  db: TendDatabase,
  date: string,
  exception: DayException | null,
): Promise<void> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const key = `${EXCEPTION}${date}`;
  await Promise.all([
    exception === null ? tx.store.delete(key) : tx.store.put(exception, key),
    tx.done,
  ]);
}

/** How often the after-hours guard was passed ("open for 15 minutes"), and the last pass. */
export interface GuardPasses {
  count: number;
  /** Origin -> until when it is open. */
  openUntil: Record<string, number>;
}

export async function guardPasses(db: TendDatabase): Promise<GuardPasses> {
  return (
    ((await db.get('meta', GUARD_PASSES)) as GuardPasses | undefined) ?? {
      count: 0,
      openUntil: {},
    }
  );
}

/** Opens `origin` until `until` and counts the pass, in one read-modify-write. */
export async function recordGuardPass(
  db: TendDatabase,
  origin: string,
  until: number,
): Promise<GuardPasses> {
  const tx = db.transaction('meta', 'readwrite');
  const current = ((await tx.store.get(GUARD_PASSES)) as GuardPasses | undefined) ?? {
    count: 0,
    openUntil: {},
  };
  const next = { count: current.count + 1, openUntil: { ...current.openUntil, [origin]: until } };
  await Promise.all([tx.store.put(next, GUARD_PASSES), tx.done]);
  return next;
}

/** The exceptions for yesterday, today and tomorrow in `timeZone`: what the rules look at. */
export async function exceptionsAround(
  db: TendDatabase,
  timeZone: string,
  now: Date,
): Promise<DayException[]> {
  const today = localDate(timeZone, now);
  return exceptionsOn(
    db,
    [-1, 0, 1].map((days) => addCalendarDays(today, days)),
  );
}
