import { browser } from 'wxt/browser';
import { claimNudges, markShown, markedSoFar, unshownIn, unshownNudges } from '../db/nudge-log';
import type { TendDatabase } from '../db/open';
import type { Nudge } from '../domain/nudge';
import type { Plan } from '../domain/plan';
import type { PlannerState } from '../domain/planner-state';
import { deliveryOf, type ClaimedNudge } from '../domain/replay';
import { HOUR_MS } from '../domain/time-units';
import { WAITING_HOURS } from '../domain/waiting';
import { deliverNudge } from './notifications';
import { logFailure } from './log-failure';

// A notification still up (shown before the worker was stopped, not yet answered) is not
// shown again: it would pop up a second time.
async function stillUp(claimed: readonly ClaimedNudge[]): Promise<ReadonlySet<string>> {
  if (!claimed.some((one) => one.notify)) return new Set();
  return new Set(Object.keys(await browser.notifications.getAll()));
}

/** What a wake delivered. */
export interface Delivered {
  /** This wake's own nudges, claimed now. */
  fresh: Nudge[];
  /** The keys shown as a notification now: this wake's, and those a stopped worker left. */
  notified: string[];
}

/**
 * Shows what the plan says is due: claims it in the log first (so no other wake shows it),
 * then delivers it, and with it whatever a worker stopped before it could claimed and never
 * showed, under the same key (so it replaces and never stacks). Each is marked shown in the
 * log once delivered; until then the next wake delivers it.
 */
export async function deliverDue(
  db: TendDatabase,
  state: PlannerState,
  planned: Plan,
  at: number,
  /** markedSoFar() before `state` was read. */
  markedBefore: number,
): Promise<Delivered> {
  const notify = new Set(planned.due.map((nudge) => nudge.key));
  const fresh = await claimNudges(db, [...planned.due, ...planned.listed], at, notify);
  const since = at - WAITING_HOURS * HOUR_MS;
  // The log as the plan read it holds every claim but this wake's own; read again after a
  // claim, or once a nudge was answered since (it must not be shown twice).
  const claimed =
    fresh.length === 0 && markedSoFar() === markedBefore
      ? unshownIn(state.nudgeLog, since)
      : await unshownNudges(db, since);
  if (claimed.length === 0) return { fresh, notified: [] };
  const { show, drop } = deliveryOf(claimed, new Set(fresh.map((n) => n.key)), state, at);
  const up = await stillUp(show);
  const toNotify = new Set(
    show.filter(({ nudge, notify }) => notify && !up.has(nudge.key)).map(({ nudge }) => nudge.key),
  );
  // Each on its own: one notification the system refuses does not hold back the others, and
  // a claimed nudge whose notification failed still waits in the popup's list.
  const delivered = await Promise.allSettled(
    show.map(({ nudge }) => deliverNudge(nudge, state, toNotify.has(nudge.key))),
  );
  const notified: string[] = [];
  delivered.forEach((result, index) => {
    const key = show[index]!.nudge.key;
    if (result.status === 'rejected') logFailure('a nudge was not shown')(result.reason);
    else if (toNotify.has(key)) notified.push(key);
  });
  await markShown(
    db,
    [...show, ...drop].map(({ nudge }) => nudge.key),
  );
  return { fresh, notified };
}
