import { formatTime } from '../../domain/format';
import { DAY_MS } from '../../domain/time-units';
import { zonedDate } from '../../domain/zone-offset';
import { t, uiLanguage } from '../../i18n';

// The days and times the popup's first script names, apart from format.ts: the popup's error
// words (format.ts, with Tend's error classes) come only with a failure, in a chunk of their own.

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

// Formatters for shortWhen and dateName, one per language and options: building one is the
// slow part, and a popup formats a time for every row it lists.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(
  key: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const language = uiLanguage();
  const id = `${language} ${key}`;
  let format = dateTimeFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateTimeFormats.set(id, format);
  }
  return format;
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
  // Date.parse reads a 'yyyy-MM-dd' as that day's UTC midnight: days apart without
  // calendar-date.ts, which the popup's first script would carry for this line alone.
  const days = Math.round((Date.parse(day) - Date.parse(zonedDate(timeZone, now))) / DAY_MS);
  if (days === 0) return time;
  if (Math.abs(days) < 7) return t('weekdayTime', [weekdayName(day), time]);
  return t('popupDateTime', [dateName(day), time]);
}
