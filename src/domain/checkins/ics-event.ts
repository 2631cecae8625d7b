import { tz, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import { addCalendarDays } from '../calendar-date';
import { reachLink } from '../network/reach-link';
import type { Occurrence } from './occurrence';
import type { CheckIn, Contact, Recurrence } from '../types';
import { zonedInstant } from '../wall-clock';
import { escapeText, localDateTime, paramValue, utcDateTime } from './ics-text';
import { isLocalDate } from './local-calendar';
import { movedOccurrences, occurrences } from './recurrence';
import { isScheduled, scheduledDates } from './scheduled-dates';
import { meetingLink, meetingPlace } from './venue';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from '../time-units';

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
// How far past the last skip the first date still left is looked for.
const SEARCH_DAYS = 3660;

/** The first local date the repetition names that is not skipped, or null when none is. */
export function firstDate(checkIn: CheckIn): string | null {
  if (!isLocalDate(checkIn.startDate)) return null;
  const skipped = new Set(checkIn.skipped);
  const lastSkip = [checkIn.startDate, ...checkIn.skipped.filter(isLocalDate)].sort().at(-1);
  const dates = scheduledDates(
    checkIn,
    checkIn.startDate,
    addCalendarDays(lastSkip ?? checkIn.startDate, SEARCH_DAYS),
  );
  for (const date of dates) if (!skipped.has(date)) return date;
  return null;
}

// Near a daylight-saving change a local time may not exist or may come twice, and calendars
// resolve those differently (ical.js takes the later 01:30, RFC 5545 the earlier), and
// ical.js adds a duration to the wall clock; an occurrence within hours of a change is
// written as a UTC instant so every calendar agrees.
const NEAR_MS = 3 * HOUR_MS;

function isClearOfChanges(timeZone: string, start: number, end: number): boolean {
  const offsets = [start - NEAR_MS, start, end, end + NEAR_MS].map((at) =>
    tzOffset(timeZone, new Date(at)),
  );
  return offsets.every((offset) => offset === offsets[0]);
}

/** The usual occurrences within hours of one of the zone's offset changes. */
function nearChanges(checkIn: CheckIn, changes: readonly number[]): Occurrence[] {
  const near = new Map<string, Occurrence>();
  for (const change of changes) {
    for (const o of occurrences(checkIn, change - NEAR_MS, change + NEAR_MS + 1)) {
      if (!o.moved && !isClearOfChanges(checkIn.timeZone, o.start, o.end)) near.set(o.date, o);
    }
  }
  return [...near.values()];
}

function startLine(checkIn: CheckIn, start: number, end: number): string {
  const zone = checkIn.timeZone;
  if (!isClearOfChanges(zone, start, end)) return `DTSTART:${utcDateTime(start)}`;
  return `DTSTART;TZID=${paramValue(zone)}:${format(start, "yyyyMMdd'T'HHmmss", { in: tz(zone) })}`;
}

function nominal(checkIn: CheckIn, property: string, date: string): string {
  return `${property};TZID=${paramValue(checkIn.timeZone)}:${localDateTime(date, checkIn.startTime)}`;
}

function rrule(checkIn: CheckIn, recurrence: Exclude<Recurrence, { kind: 'none' }>): string {
  const rule = (() => {
    switch (recurrence.kind) {
      case 'weekly': {
        // Monday first, as the weeks are counted; WKST=MO says so for INTERVAL > 1.
        const days = [...new Set(recurrence.weekdays)].sort(
          (a, b) => ((a + 6) % 7) - ((b + 6) % 7),
        );
        const byDay = days.map((day) => WEEKDAY_CODES[day]).join(',');
        return `FREQ=WEEKLY;INTERVAL=${recurrence.everyWeeks};BYDAY=${byDay};WKST=MO`;
      }
      case 'monthly-date':
        return `FREQ=MONTHLY;BYMONTHDAY=${recurrence.day}`;
      case 'monthly-weekday':
        return `FREQ=MONTHLY;BYDAY=${recurrence.nth}${WEEKDAY_CODES[recurrence.weekday]}`;
    }
  })();
  if (recurrence.until === null) return `RRULE:${rule}`;
  // RFC 5545 wants UNTIL in UTC when DTSTART has a TZID: the last second of the until date
  // in the check-in's zone, so an occurrence at any time that day is still in.
  const endOfUntil = zonedInstant(checkIn.timeZone, addCalendarDays(recurrence.until, 1), '00:00');
  return `RRULE:${rule};UNTIL=${utcDateTime(endOfUntil - SECOND_MS)}`;
}

function participants(checkIn: CheckIn, contacts: ReadonlyMap<string, Contact>): Contact[] {
  return [...new Set(checkIn.contactIds)].flatMap((id) => contacts.get(id) ?? []);
}

function attendee(contact: Contact): string[] {
  for (const way of contact.reach) {
    if (way.kind !== 'email') continue;
    const result = reachLink(way);
    if (!result.ok || !result.href) continue;
    const type = contact.isGroup ? ';CUTYPE=GROUP' : '';
    return [`ATTENDEE;CN=${paramValue(contact.name.trim())}${type}:${result.href}`];
  }
  return [];
}

// What every VEVENT of a check-in says, an override as much as the series: calendars show
// an override's own properties. DESCRIPTION holds only the user's data (the link, then the
// participants' names), never words of Tend's, which belong to the catalogue.
function details(checkIn: CheckIn, contacts: ReadonlyMap<string, Contact>): string[] {
  const link = meetingLink(checkIn);
  const place = meetingPlace(checkIn);
  const people = participants(checkIn, contacts);
  const description = [link ?? '', ...people.map((contact) => contact.name.trim())]
    .filter((line) => line !== '')
    .join('\n');
  return [
    `SUMMARY:${escapeText(checkIn.title.trim())}`,
    ...((place ?? link) ? [`LOCATION:${escapeText(place ?? link ?? '')}`] : []),
    ...(link ? [`URL:${link}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...people.flatMap(attendee),
  ];
}

/**
 * The VEVENTs of one check-in, as content lines: the series from its first date left (with
 * its RRULE and EXDATEs), then one with the same UID and a RECURRENCE-ID for each moved
 * occurrence and each one near one of the zone's offset `changes`; none when it has no
 * occurrence left.
 */
export function checkInEvents(
  checkIn: CheckIn,
  contacts: ReadonlyMap<string, Contact>,
  now: number,
  changes: readonly number[],
): string[] {
  const first = firstDate(checkIn);
  if (first === null) return [];
  const { recurrence } = checkIn;
  const uid = `UID:${escapeText(`${checkIn.id}@tend`)}`;
  const stamp = `DTSTAMP:${utcDateTime(now)}`;
  const duration = `DURATION:PT${checkIn.durationMinutes}M`;
  const common = details(checkIn, contacts);
  const firstStart = zonedInstant(checkIn.timeZone, first, checkIn.startTime);
  if (recurrence.kind === 'none') {
    const start = movedOccurrences(checkIn)[0]?.start ?? firstStart;
    const end = start + checkIn.durationMinutes * MINUTE_MS;
    return [
      'BEGIN:VEVENT',
      uid,
      stamp,
      startLine(checkIn, start, end),
      duration,
      ...common,
      'END:VEVENT',
    ];
  }
  const exdates = [...new Set(checkIn.skipped)]
    .filter((date) => date > first && isScheduled(checkIn, date))
    .sort()
    .map((date) => nominal(checkIn, 'EXDATE', date));
  const series = [
    'BEGIN:VEVENT',
    uid,
    stamp,
    nominal(checkIn, 'DTSTART', first),
    duration,
    rrule(checkIn, recurrence),
    ...exdates,
    ...common,
    'END:VEVENT',
  ];
  const overrides = [...movedOccurrences(checkIn), ...nearChanges(checkIn, changes)]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .flatMap((o) => [
      'BEGIN:VEVENT',
      uid,
      stamp,
      nominal(checkIn, 'RECURRENCE-ID', o.date),
      startLine(checkIn, o.start, o.end),
      duration,
      ...common,
      'END:VEVENT',
    ]);
  return [...series, ...overrides];
}
