import { calendarDaysBetween } from '../calendar-date';
import { DAY_MS } from '../time-units';
import { localDate } from '../workday';
import type { PlannerPerson } from '../planner-state';
import type { Contact, NetworkSettings } from '../types';
import { cadenceDays } from './cadence';
import { mayRankFirst, peopleIndex, type Candidate } from './people-index';

/** Someone the user has not been in touch with for longer than they wanted. */
export interface OverduePerson<Person = Contact> {
  contact: Person;
  cadenceDays: number;
  /** Whole calendar days since the last logged connection; null when none was ever logged. */
  daysSince: number | null;
  /** Whole days past the cadence, 0 on the day they fall due. */
  overdueDays: number;
  /** Snoozed until after `now`: listed (the popup shows them muted) but not nudged about. */
  snoozed: boolean;
}

/** What overdue() reads of a person. */
type Due = Pick<
  Contact,
  'id' | 'name' | 'roles' | 'cadence' | 'archived' | 'snoozedUntil' | 'lastContactAt' | 'createdAt'
>;

// Most overdue relative to their own cadence first: 3 days late on a weekly cadence matters
// more than 3 days late on a quarterly one. Cross-multiplied to keep to whole numbers.
function byHowOverdue(a: OverduePerson<Due>, b: OverduePerson<Due>): number {
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
export function overdue<Person extends Due>(
  contacts: readonly Person[],
  network: NetworkSettings,
  timeZone: string,
  now: Date,
): OverduePerson<Person>[] {
  const at = now.getTime();
  // Counted in whole local dates: today's once, each person's last contact once.
  const today = localDate(timeZone, now);
  const people: OverduePerson<Person>[] = [];
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

/** The first `count` people overdue() lists who are not snoozed: the popup's "reach out" card. */
export function firstOverdueUnsnoozed(
  contacts: readonly PlannerPerson[],
  network: NetworkSettings,
  timeZone: string,
  now: Date,
  count: number,
): OverduePerson<PlannerPerson>[] {
  const at = now.getTime();
  const index = peopleIndex(contacts, network);
  const today = Date.parse(localDate(timeZone, now)) / DAY_MS;
  // Ranked among those who may come first only (and any whose dates cannot be counted:
  // overdue() skips them or throws, as it does): the same first few, without a local date
  // for everyone.
  const notSnoozed = ({ contact }: Candidate) =>
    contact.snoozedUntil === null || !(contact.snoozedUntil > at);
  const contenders = [...index.odd, ...mayRankFirst(index, today, count, notSnoozed)];
  return overdue(
    contenders.map(({ contact }) => contact),
    network,
    timeZone,
    now,
  )
    .filter((person) => !person.snoozed)
    .slice(0, count);
}
