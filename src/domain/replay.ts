import type { Nudge } from './nudge';
import type { PlannerState } from './planner-state';
import { answeredElsewhere, NUDGE_THREAD, waitingUntil } from './waiting';

/** A nudge a wake claimed in the log and has not yet shown: all a wake needs to show it. */
export interface ClaimedNudge {
  nudge: Nudge;
  /** As a notification, or only listed in the popup. */
  notify: boolean;
  claimedAt: number;
}

/** What a wake does with the nudges claimed and not yet shown. */
export interface Delivery {
  /** To show now: this wake's own, and those a stopped worker claimed and never showed. */
  show: ClaimedNudge[];
  /** Never to show: gone stale, answered another way, or said again by a newer one. */
  drop: ClaimedNudge[];
}

/**
 * Sorts the nudges claimed and not yet shown at `now`: this wake's own (`fresh`) are shown;
 * one an earlier, stopped worker claimed is shown now, under the same key, unless it is no
 * longer worth answering, was answered another way, or a newer one of its thread says the
 * same (the 17:00 reminder is not shown beside the 17:30 one).
 */
export function deliveryOf(
  claimed: readonly ClaimedNudge[],
  fresh: ReadonlySet<string>,
  state: Pick<PlannerState, 'contacts' | 'settings'>,
  now: number,
): Delivery {
  const zone = state.settings.schedule.timeZone;
  const newerInThread = (one: ClaimedNudge) => {
    const thread = NUDGE_THREAD[one.nudge.kind];
    return claimed.some(
      (other) =>
        other !== one &&
        thread !== undefined &&
        NUDGE_THREAD[other.nudge.kind] === thread &&
        (fresh.has(other.nudge.key) || other.claimedAt > one.claimedAt),
    );
  };
  const worthShowing = (one: ClaimedNudge) => {
    if (fresh.has(one.nudge.key)) return true;
    const { nudge, claimedAt } = one;
    const item = { key: nudge.key, kind: nudge.kind, shownAt: claimedAt };
    const about = nudge.kind === 'reconnect' ? { contactId: nudge.contactId } : {};
    return (
      waitingUntil(nudge, claimedAt, zone) > now &&
      !answeredElsewhere({ ...item, ...about }, state, now) &&
      !newerInThread(one)
    );
  };
  return {
    show: claimed.filter(worthShowing),
    drop: claimed.filter((one) => !worthShowing(one)),
  };
}
