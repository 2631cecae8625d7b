import { differenceInCalendarDays } from 'date-fns';
import { t, uiLanguage } from '../../i18n';

/** "today", "yesterday", "3 weeks ago" for a past instant, in the UI language. */
export function sinceText(at: number | null, now: number): string {
  if (at === null) return t('neverLogged');
  const days = differenceInCalendarDays(now, at);
  const format = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' });
  if (days < 14) return format.format(-days, 'day');
  if (days < 60) return format.format(-Math.floor(days / 7), 'week');
  return format.format(-Math.floor(days / 30), 'month');
}
