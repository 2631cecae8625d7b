import { calendarDaysBetween } from '../calendar-date';
import { DAY_MS } from '../time-units';
import { localDate } from '../workday';
import type { Contact, NetworkSettings } from '../types';
import { cadenceDays } from './cadence';

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

// The largest instant a Date holds; past it an instant has no local date (localDate throws).
const MAX_INSTANT = 8.64e15;

/**
 * Those of `people` who may be among the first `count` overdue() ranks on local date `today`
 * (its UTC day number), leaving out anyone snoozed at `snoozedAt` when given: worked out
 * without a local date for everyone, which is most of overdue()'s time with a large network.
 * An instant's local date is within a day of its UTC date, so someone's days past their
 * cadence are within one of those counted from the UTC date; whoever is overdue by a smaller
 * share of their cadence at the most than `count` others surely are at the least cannot be
 * among the first. Someone whose dates cannot be counted so is kept: overdue() skips them or
 * throws, as it does.
 */
export function mayRankAmongFirst(
  people: readonly { contact: Contact; cadence: number }[],
  today: number,
  count: number,
  snoozedAt: number | null = null,
): Contact[] {
  const spans: { contact: Contact; cadence: number; least: number; most: number }[] = [];
  for (const { contact, cadence } of people) {
    const since = contact.lastContactAt ?? contact.createdAt;
    const days = Math.abs(since) <= MAX_INSTANT ? today - Math.floor(since / DAY_MS) : NaN;
    const snoozed =
      snoozedAt !== null && contact.snoozedUntil !== null && contact.snoozedUntil > snoozedAt;
    // Surely not due, or snoozed and so left out: never among the first.
    if (days + 1 < cadence || (snoozed && !Number.isNaN(days))) continue;
    spans.push({ contact, cadence, least: days - 1 - cadence, most: days + 1 - cadence });
  }
  // The `count` surest: the highest least shares of their cadence, among the surely due.
  const surest: { least: number; cadence: number }[] = [];
  for (const span of spans) {
    if (!(span.least >= 0)) continue;
    const place = surest.findIndex((one) => span.least * one.cadence > one.least * span.cadence);
    surest.splice(place === -1 ? surest.length : place, 0, span);
    if (surest.length > count) surest.pop();
  }
  const bar = surest.length === count ? surest[count - 1] : undefined;
  return (
    bar ? spans.filter((span) => !(span.most * bar.cadence < bar.least * span.cadence)) : spans
  ).map(({ contact }) => contact);
}

/** The first `count` people overdue() lists who are not snoozed: the popup's "reach out" card. */
export function firstOverdueUnsnoozed(
  contacts: Contact[],
  network: NetworkSettings,
  timeZone: string,
  now: Date,
  count: number,
): OverduePerson[] {
  const people = contacts.flatMap((contact) => {
    const cadence = cadenceDays(contact, network);
    return contact.archived || cadence === null ? [] : [{ contact, cadence }];
  });
  const today = Date.parse(localDate(timeZone, now)) / DAY_MS;
  const contenders = mayRankAmongFirst(people, today, count, now.getTime());
  return overdue(contenders, network, timeZone, now)
    .filter((person) => !person.snoozed)
    .slice(0, count);
}
