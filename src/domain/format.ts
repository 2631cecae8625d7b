import { MINUTE_MS } from './time-units';
// Building a formatter is the slow part, using one is cheap: one per language and zone.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock time of an instant in a zone, in the user's language ('17:00', '5:00 PM'). */
export function formatTime(at: number, timeZone: string, locale: string): string {
  const key = `${locale} ${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    timeFormats.set(key, format);
  }
  return format.format(at);
}

/** Whole hours and remaining minutes of a duration, never negative. */
export function splitDuration(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.max(0, Math.floor(ms / MINUTE_MS));
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
