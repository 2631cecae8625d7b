import { calendarDaysBetween } from '../../domain/calendar-date';
import { localDate } from '../../domain/workday';
import { daysAgoText, t } from '../../i18n';

// `now`'s local date, kept while `now` and the zone stay: a list words one time per row, all
// from the same now.
let today = { now: NaN, timeZone: '', date: '' };

/**
 * "today", "3 weeks ago" for a past instant, counted in calendar days in `timeZone`: the days
 * between the two local dates (one date format per row; zoned date arithmetic took several).
 */
export function sinceText(at: number | null, now: number, timeZone: string): string {
  if (at === null) return t('neverLogged');
  if (today.now !== now || today.timeZone !== timeZone) {
    today = { now, timeZone, date: localDate(timeZone, now) };
  }
  return daysAgoText(calendarDaysBetween(localDate(timeZone, at), today.date));
}
