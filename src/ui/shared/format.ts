import { splitDuration } from '../../domain/format';
import { t, uiLanguage } from '../../i18n';

/** A duration as the catalogue words it ('3 h 12 min'). */
export function durationText(ms: number): string {
  const { hours, minutes } = splitDuration(ms);
  return hours > 0
    ? t('durationHoursMinutes', [String(hours), String(minutes)])
    : t('durationMinutes', [String(minutes)]);
}

/** A weekday name in the UI language, for a local 'yyyy-MM-dd' date. */
export function weekdayName(localDate: string): string {
  // Noon UTC of that date names the same weekday in every zone.
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${localDate}T12:00:00Z`),
  );
}

/** The text of an error for a person, never a stack. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Items as a list in the UI language ('colleague, mentor and friend'). */
export function listText(items: string[]): string {
  return new Intl.ListFormat(uiLanguage(), { style: 'long', type: 'conjunction' }).format(items);
}
