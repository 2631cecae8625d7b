import { addCalendarDays } from './calendar-date';
import type { Nudge } from './nudge';
import type { PlannerState } from './planner-state';
import type { NudgeKind } from './types';
import { localDate, localMidnight } from './workday';
import { HOUR_MS } from './time-units';

/**
 * A nudge the background showed that the user has not answered yet: not clicked, no
 * button pressed, not acted on or dismissed in the popup, and not stale. Its notification
 * closing is no answer (see registerBackground).
 */
export interface WaitingNudge {
  /** The nudge key, which is also its notification id. */
  key: string;
  kind: NudgeKind;
  title: string;
  message: string;
  shownAt: number;
  /** The person a reconnect nudge is about. */
  contactId?: string;
  /** That person's name, for "Write to Sam". */
  name?: string;
}

/** What is stored of a waiting nudge: also when it stops being worth answering. */
export interface StoredWaiting extends WaitingNudge {
  expiresAt: number;
}

/** The nudges of `items` still waiting at `now`, newest first, without their expiry. */
export function stillWaiting(items: readonly StoredWaiting[], now: number): WaitingNudge[] {
  return items
    .filter((item) => item.expiresAt > now)
    .sort((a, b) => b.shownAt - a.shownAt)
    .map(({ expiresAt: _expiresAt, ...item }) => item);
}

/**
 * Nudges that say the same thing again: a newer one of the same thread replaces the older,
 * so half-hourly boundary reminders wait as one "End my day", not four.
 */
export const NUDGE_THREAD: Partial<Record<NudgeKind, string>> = {
  'wrap-up': 'end-of-day',
  boundary: 'end-of-day',
  break: 'break',
  'hours-limit': 'hours-limit',
};

/** How long a nudge nobody answered stays waiting when nothing ends it sooner. */
export const WAITING_HOURS = 12;

/** A break not taken within the hour is no longer the break that was due. */
export const BREAK_WAITING_HOURS = 1;

/**
 * Until when a nudge shown at `shownAt` is still worth answering, in UTC ms: a break for
 * an hour; the end-of-day ones (wrap-up, boundary, hours limit) until that local day ends;
 * a check-in reminder or preparation until the check-in is over; everything else for 12 h.
 * None outlives 12 h, so yesterday's nudges never greet the user in the morning.
 */
export function waitingUntil(nudge: Nudge, shownAt: number, timeZone: string): number {
  const longest = shownAt + WAITING_HOURS * HOUR_MS;
  switch (nudge.kind) {
    case 'break':
      return shownAt + BREAK_WAITING_HOURS * HOUR_MS;
    case 'wrap-up':
    case 'boundary':
    case 'hours-limit': {
      const tomorrow = addCalendarDays(localDate(timeZone, shownAt), 1);
      return Math.min(longest, localMidnight(timeZone, tomorrow));
    }
    case 'check-in-reminder':
    case 'check-in-prep':
      return nudge.occurrence ? Math.min(longest, nudge.occurrence.end) : longest;
    default:
      return longest;
  }
}

/**
 * Whether a nudge shown at `shownAt` has been answered another way. A reconnect nudge about
 * `contactId`: the person was written to or seen since (logged in the popup, the options page
 * or a backup), put off, archived or removed; "Write to Sam" should not wait after that. A
 * time-zone question: the hours are no longer in the zone it asked about (moved in the
 * options page, or the question answered on another page).
 */
export function answeredElsewhere(
  item: { key: string; kind: NudgeKind; contactId?: string; shownAt: number },
  state: Pick<PlannerState, 'contacts' | 'settings'>,
  now: number,
): boolean {
  if (item.kind === 'time-zone') {
    return !item.key.endsWith(`:${state.settings.schedule.timeZone}`);
  }
  if (item.kind !== 'reconnect' || item.contactId === undefined) return false;
  const contact = state.contacts.find((one) => one.id === item.contactId);
  if (!contact || contact.archived) return true;
  if (contact.snoozedUntil !== null && contact.snoozedUntil > now) return true;
  return contact.lastContactAt !== null && contact.lastContactAt >= item.shownAt;
}
