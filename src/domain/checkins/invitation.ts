import type { CheckIn, CheckInMode, Contact, Weekday } from '../types';
import { upcomingOccurrences } from './recurrence';
import { meetingLink, meetingPlace } from './venue';
import { DAY_MS } from '../time-units';

/** One coming occurrence, in the viewer's zone and language. */
export interface InvitationOccurrence {
  /** Its original local date in the check-in's zone (its id). */
  date: string;
  start: number;
  end: number;
  /** The day it starts, e.g. 'Monday, 2 March 2026'. */
  day: string;
  /** Start and end times, e.g. '09:00' and '10:00'. */
  startTime: string;
  endTime: string;
  moved: boolean;
}

/** The last date of a repetition, as written in 'yyyy-MM-dd' and for the reader. */
export interface InvitationUntil {
  date: string;
  text: string;
}

/** How often it happens, as a code with its numbers; the catalogue words it. */
export type InvitationRepeat =
  | { code: 'once' }
  | {
      code: 'weekly';
      everyWeeks: number;
      /** Monday first, with their names in the reader's language. */
      weekdays: Weekday[];
      weekdayNames: string[];
      until: InvitationUntil | null;
    }
  | { code: 'monthly-date'; day: number; until: InvitationUntil | null }
  | {
      code: 'monthly-weekday';
      /** 1–5, or -1 for the last. */
      nth: number;
      weekday: Weekday;
      weekdayName: string;
      until: InvitationUntil | null;
    };

/** What an invitation says, as data: the UI turns it into catalogue text. */
export interface InvitationParts {
  title: string;
  kind: CheckIn['kind'];
  mode: CheckInMode;
  place: string | null;
  link: string | null;
  durationMinutes: number;
  repeat: InvitationRepeat;
  /** The next occurrences, shown in `timeZone`. */
  next: InvitationOccurrence[];
  /** The zone the times are shown in, its short name, and whether the check-in was set in it. */
  timeZone: string;
  zoneName: string;
  inCheckInZone: boolean;
  /** The participants' first names (a group's whole name), in the check-in's order. */
  participants: string[];
}

// A Sunday, 7 January 2024: the weekday names are read off the week that follows it.
const A_SUNDAY = Date.UTC(2024, 0, 7);

function weekdayName(locale: string, weekday: Weekday): string {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return name.format(A_SUNDAY + weekday * DAY_MS);
}

function until(locale: string, date: string | null): InvitationUntil | null {
  if (date === null) return null;
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  // A local date has no zone: it is written as the same date in UTC.
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return { date, text: text.format(Date.UTC(year, month - 1, day)) };
}

function repeatOf(checkIn: CheckIn, locale: string): InvitationRepeat {
  const { recurrence } = checkIn;
  switch (recurrence.kind) {
    case 'none':
      return { code: 'once' };
    case 'weekly': {
      const weekdays = [...new Set(recurrence.weekdays)].sort(
        (a, b) => ((a + 6) % 7) - ((b + 6) % 7),
      );
      return {
        code: 'weekly',
        everyWeeks: recurrence.everyWeeks,
        weekdays,
        weekdayNames: weekdays.map((day) => weekdayName(locale, day)),
        until: until(locale, recurrence.until),
      };
    }
    case 'monthly-date':
      return { code: 'monthly-date', day: recurrence.day, until: until(locale, recurrence.until) };
    case 'monthly-weekday':
      return {
        code: 'monthly-weekday',
        nth: recurrence.nth,
        weekday: recurrence.weekday,
        weekdayName: weekdayName(locale, recurrence.weekday),
        until: until(locale, recurrence.until),
      };
  }
}

function firstName(contact: Contact): string {
  const name = contact.name.trim();
  return contact.isGroup ? name : (name.split(/\s+/u)[0] ?? name);
}

/**
 * What an invitation to a check-in says, for a reader in `timeZone` and `locale`: its next
 * `count` occurrences from `now` with their dates and times formatted by Intl, how often it
 * repeats, where, and who comes. No sentence is built here.
 */
export function invitation(
  checkIn: CheckIn,
  contacts: readonly Contact[],
  timeZone: string,
  locale: string,
  now: number,
  count = 3,
): InvitationParts {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
  const next = upcomingOccurrences(checkIn, now, count).map((occurrence) => ({
    date: occurrence.date,
    start: occurrence.start,
    end: occurrence.end,
    day: day.format(occurrence.start),
    startTime: time.format(occurrence.start),
    endTime: time.format(occurrence.end),
    moved: occurrence.moved,
  }));
  const zoneName = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(next[0]?.start ?? now)
    .find((part) => part.type === 'timeZoneName')?.value;
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  return {
    title: checkIn.title.trim(),
    kind: checkIn.kind,
    mode: checkIn.mode,
    place: meetingPlace(checkIn),
    link: meetingLink(checkIn),
    durationMinutes: checkIn.durationMinutes,
    repeat: repeatOf(checkIn, locale),
    next,
    timeZone,
    zoneName: zoneName ?? timeZone,
    inCheckInZone: timeZone === checkIn.timeZone,
    participants: [...new Set(checkIn.contactIds)].flatMap((id) => {
      const contact = byId.get(id);
      return contact ? [firstName(contact)] : [];
    }),
  };
}
