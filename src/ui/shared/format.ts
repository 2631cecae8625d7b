import { DataError, NewerDatabaseError, type DataErrorCode } from '../../db/data-error';
import { calendarDaysBetween } from '../../domain/calendar-date';
import { formatTime } from '../../domain/format';
import { zonedDate } from '../../domain/zone-offset';
import { t, uiLanguage, type MessageKey } from '../../i18n';

// One weekday formatter per language: building one is the slow part.
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** A weekday name in the UI language, for a local 'yyyy-MM-dd' date. */
export function weekdayName(localDate: string): string {
  const language = uiLanguage();
  let format = weekdayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    weekdayFormats.set(language, format);
  }
  // Noon UTC of that date names the same weekday in every zone.
  return format.format(new Date(`${localDate}T12:00:00Z`));
}

const DATA_ERROR_TEXT: Record<DataErrorCode, MessageKey> = {
  'missing-person': 'errorMissingPerson',
  'missing-connection': 'errorMissingConnection',
  'empty-connection': 'errorPeopleEmpty',
  'missing-check-in': 'errorMissingCheckIn',
};

/** The text of an error for a person: Tend's own refusals in words, never an id or a stack. */
export function errorText(error: unknown): string {
  if (error instanceof DataError) return t(DATA_ERROR_TEXT[error.code]);
  if (error instanceof NewerDatabaseError) return t(error.messageKey);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why a page could not load its data. A database a newer Tend saved says only that: Tend
 * must be updated, and the data is untouched (not "could not read", which sounds like loss).
 */
export function loadFailureText(error: unknown): string {
  if (error instanceof NewerDatabaseError) return t(error.messageKey);
  return t('loadError', [errorText(error)]);
}

// One list formatter per language, as for dates below: the network list words a list per row.
const listFormats = new Map<string, Intl.ListFormat>();

/** Items as a list in the UI language ('colleague, mentor and friend'). */
export function listText(items: string[]): string {
  const language = uiLanguage();
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(items);
}

/** A number of days with the right plural in the UI language ('1 day', '14 days'). */
export function daysText(days: number): string {
  return new Intl.NumberFormat(uiLanguage(), {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
  }).format(days);
}

// Formatters for shortWhen and dateName, one per language and options: building one is the
// slow part, and a popup formats a time for every row it lists.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = uiLanguage();
  const id = `${language} ${key}`;
  let format = dateTimeFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateTimeFormats.set(id, format);
  }
  return format;
}

/**
 * When something happened, short: the time on the day of `now` ('2:05 PM'), else with the
 * date ('Nov 22, 2026, 2:05 PM'). In the system's zone, as the popup's reader lives in it.
 */
export function shortWhen(at: number, now: number): string {
  const day = dateTimeFormat('day', { dateStyle: 'short' });
  const sameDay = day.format(at) === day.format(now);
  return sameDay
    ? dateTimeFormat('time', { timeStyle: 'short' }).format(at)
    : dateTimeFormat('date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** A local 'yyyy-MM-dd' date with its weekday, in the UI language ('Tuesday, December 15'). */
export function dateName(localDate: string): string {
  const format = dateTimeFormat('date-name', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  // Noon UTC of that date names the same day in every zone.
  return format.format(new Date(`${localDate}T12:00:00Z`));
}

/**
 * A moment as the popup names it from `now`, in `timeZone`: the time today ('5:00 PM'), with
 * the weekday within six days either way ('Tuesday 10:00 AM'), else with the date, so that a
 * monthly check-in three weeks away is not read as this Tuesday's.
 */
export function dayTimeText(at: number, now: number, timeZone: string): string {
  const time = formatTime(at, timeZone, uiLanguage());
  // Intl's own dates, not workday.ts's localDate: a popup names a few moments a tick.
  const day = zonedDate(timeZone, at);
  const days = calendarDaysBetween(zonedDate(timeZone, now), day);
  if (days === 0) return time;
  if (Math.abs(days) < 7) return t('weekdayTime', [weekdayName(day), time]);
  return t('popupDateTime', [dateName(day), time]);
}
