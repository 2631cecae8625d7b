import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { daysAgoText, t } from '../../i18n';

/** "today", "3 weeks ago" for a past instant, counted in calendar days in `timeZone`. */
export function sinceText(at: number | null, now: number, timeZone: string): string {
  if (at === null) return t('neverLogged');
  return daysAgoText(differenceInCalendarDays(now, at, { in: tz(timeZone) }));
}
