import { DataError, type DataErrorCode } from '../../db/data-error';
import { t, uiLanguage, type MessageKey } from '../../i18n';

/** A weekday name in the UI language, for a local 'yyyy-MM-dd' date. */
export function weekdayName(localDate: string): string {
  // Noon UTC of that date names the same weekday in every zone.
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${localDate}T12:00:00Z`),
  );
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
  return error instanceof Error ? error.message : String(error);
}

/** Items as a list in the UI language ('colleague, mentor and friend'). */
export function listText(items: string[]): string {
  return new Intl.ListFormat(uiLanguage(), { style: 'long', type: 'conjunction' }).format(items);
}

/** A number of days with the right plural in the UI language ('1 day', '14 days'). */
export function daysText(days: number): string {
  return new Intl.NumberFormat(uiLanguage(), {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
  }).format(days);
}
