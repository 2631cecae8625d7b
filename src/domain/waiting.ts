import { addCalendarDays } from './calendar-date';
import type { Contact, Nudge, NudgeKind } from './types';
import { localDate, localMidnight } from './workday';

const HOUR_MS = 3_600_000;

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
 * Whether a reconnect nudge shown at `shownAt` about `contactId` has been answered another
 * way: the person was written to or seen since (logged in the popup, the options page or a
 * backup), put off, archived or removed. "Write to Sam" should not wait after that.
 */
export function answeredElsewhere(
  item: { kind: NudgeKind; contactId?: string; shownAt: number },
  contacts: readonly Contact[],
  now: number,
): boolean {
  if (item.kind !== 'reconnect' || item.contactId === undefined) return false;
  const contact = contacts.find((one) => one.id === item.contactId);
  if (!contact || contact.archived) return true;
  if (contact.snoozedUntil !== null && contact.snoozedUntil > now) return true;
  return contact.lastContactAt !== null && contact.lastContactAt >= item.shownAt;
}
