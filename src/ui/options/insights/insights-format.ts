import { t, uiLanguage } from '../../../i18n';
import { HOUR_MS } from '../../../domain/time-units';

// Noon UTC of a local date is that same date in every zone.
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

// A page of charts formats a few hundred values; building a formatter is the slow part.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date:${uiLanguage()}:${JSON.stringify(options)}`;
  let known = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!known) {
    known = new Intl.DateTimeFormat(uiLanguage(), { ...options, timeZone: 'UTC' });
    formats.set(key, known);
  }
  return known;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number:${uiLanguage()}:${JSON.stringify(options)}`;
  let known = formats.get(key) as Intl.NumberFormat | undefined;
  if (!known) {
    known = new Intl.NumberFormat(uiLanguage(), options);
    formats.set(key, known);
  }
  return known;
}

/** A week's Monday as a chart's axis shows it ('3 Nov'), in the UI language. */
export function shortDate(date: string): string {
  return dateFormat({ day: 'numeric', month: 'short' }).format(noon(date));
}

/** A week's Monday as a table names it ('3 Nov 2026'), in the UI language. */
export function mediumDate(date: string): string {
  return dateFormat({ dateStyle: 'medium' }).format(noon(date));
}

/** A number with at most one decimal ('3.5', '4'), in the UI language. */
export function decimal(value: number): string {
  return numberFormat({ maximumFractionDigits: 1 }).format(value);
}

/** A share 0–1 as a percentage ('60%'), in the UI language. */
export function percent(share: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Milliseconds as hours for a chart's axis ('37.5 h'). */
export function hoursText(ms: number): string {
  return t('insightsHoursValue', [decimal(ms / HOUR_MS)]);
}

/** A 1–5 answer, or a dash for a week without one. */
export function scoreText(value: number | null): string {
  return value === null ? t('insightsNoValue') : decimal(value);
}
