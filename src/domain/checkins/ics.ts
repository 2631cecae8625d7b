import type { CheckIn, Contact } from '../types';
import { zonedInstant } from '../wall-clock';
import { checkInEvents, firstDate } from './ics-event';
import { escapeText, foldLine } from './ics-text';
import { movedOccurrences } from './recurrence';
import { vtimezone } from './vtimezone';

/**
 * How many years after `now` each VTIMEZONE spells out for certain, and occurrences near a
 * daylight-saving change are written as UTC instants.
 */
const YEARS_AHEAD = 2;

function yearOf(at: number): number {
  return new Date(at).getUTCFullYear();
}

/** The earliest instant an exported check-in starts at: its first date left, or a move. */
function earliestStart(checkIn: CheckIn, first: string): number {
  const moved = movedOccurrences(checkIn).map((occurrence) => occurrence.start);
  return Math.min(zonedInstant(checkIn.timeZone, first, checkIn.startTime), ...moved);
}

/**
 * Check-ins as an iCalendar file (RFC 5545): CRLF lines folded at 75 octets, one VTIMEZONE
 * per zone used, and per check-in a VEVENT series with its overrides. Paused check-ins and
 * those with no occurrence left are left out, so the calendar shows what Tend reminds of.
 */
export function toIcs(
  checkIns: readonly CheckIn[],
  contacts: readonly Contact[],
  now: number,
  productId = '-//Tend//Check-ins//EN',
): string {
  const people = new Map(contacts.map((contact) => [contact.id, contact]));
  const exported = checkIns.flatMap((checkIn) => {
    const first = checkIn.paused ? null : firstDate(checkIn);
    return first === null ? [] : [{ checkIn, earliest: earliestStart(checkIn, first) }];
  });
  const lastYear = Math.max(yearOf(now) + YEARS_AHEAD, ...exported.map((e) => yearOf(e.earliest)));
  const pinUntil = Date.UTC(lastYear + 1, 0, 1);
  const earliestByZone = new Map<string, number>();
  for (const { checkIn, earliest } of exported) {
    const known = earliestByZone.get(checkIn.timeZone) ?? earliest;
    earliestByZone.set(checkIn.timeZone, Math.min(known, earliest));
  }
  const zones = new Map(
    [...earliestByZone.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      // From the start of the year of its earliest use, so every DTSTART has its offset.
      .map(([zone, earliest]) => [
        zone,
        vtimezone(zone, Date.UTC(yearOf(earliest), 0, 1), lastYear),
      ]),
  );
  const events = exported.flatMap(({ checkIn }) => {
    const changes = zones.get(checkIn.timeZone)?.changes.filter((at) => at < pinUntil) ?? [];
    return checkInEvents(checkIn, people, now, changes);
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(productId)}`,
    'CALSCALE:GREGORIAN',
    ...[...zones.values()].flatMap((zone) => zone.lines),
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}

/**
 * The file name for an export: one check-in is named after its title ('peer-walk.ics'),
 * several are 'tend-check-ins.ics'.
 */
export function icsFileName(checkIns: readonly CheckIn[]): string {
  const [only] = checkIns;
  if (checkIns.length !== 1 || !only) return 'tend-check-ins.ics';
  const slug = [
    ...only.title
      // Accents come off Latin letters ('Café' is 'cafe'); other scripts keep theirs.
      .normalize('NFKD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  ]
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');
  return `${slug || 'check-in'}.ics`;
}
