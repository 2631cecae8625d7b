import { calendarDaysBetween } from '../calendar-date';
import { localDate } from '../workday';
import type { Contact, NetworkSettings } from '../types';
import { cadenceDays } from './cadence';

/** Someone the user has not been in touch with for longer than they wanted. */
export interface OverduePerson {
  contact: Contact;
  cadenceDays: number;
  /** Whole calendar days since the last logged connection; null when none was ever logged. */
  daysSince: number | null;
  /** Whole days past the cadence, 0 on the day they fall due. */
  overdueDays: number;
  /** Snoozed until after `now`: listed (the popup shows them muted) but not nudged about. */
  snoozed: boolean;
}

// Most overdue relative to their own cadence first: 3 days late on a weekly cadence matters
// more than 3 days late on a quarterly one. Cross-multiplied to keep to whole numbers.
function byHowOverdue(a: OverduePerson, b: OverduePerson): number {
  return (
    b.overdueDays * a.cadenceDays - a.overdueDays * b.cadenceDays ||
    b.overdueDays - a.overdueDays ||
    a.contact.name.localeCompare(b.contact.name, 'en') ||
    a.contact.id.localeCompare(b.contact.id, 'en')
  );
}

/**
 * Active people whose cadence has run out by `now`, counted in whole calendar days in
 * `timeZone` from their last connection (or from when they were added, so someone new falls
 * due one cadence after being added), most overdue relative to their cadence first.
 */
export function overdue(
  contacts: Contact[],
  network: NetworkSettings,
  timeZone: string,
  now: Date,
): OverduePerson[] {
  const at = now.getTime();
  // Counted in whole local dates: today's once, each person's last contact once.
  const today = localDate(timeZone, now);
  const people: OverduePerson[] = [];
  for (const contact of contacts) {
    const cadence = cadenceDays(contact, network);
    if (contact.archived || cadence === null) continue;
    const since = contact.lastContactAt ?? contact.createdAt;
    const elapsed = Number.isFinite(since)
      ? calendarDaysBetween(localDate(timeZone, since), today)
      : Number.NaN;
    // Also false for an instant that is not a number, so corrupt data nags nobody.
    if (!(elapsed >= cadence)) continue;
    people.push({
      contact,
      cadenceDays: cadence,
      daysSince: contact.lastContactAt === null ? null : elapsed,
      overdueDays: elapsed - cadence,
      snoozed: contact.snoozedUntil !== null && contact.snoozedUntil > at,
    });
  }
  return people.sort(byHowOverdue);
}
