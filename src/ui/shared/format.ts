import { DataError, NewerDatabaseError, type DataErrorCode } from '../../db/data-error';
import { t, uiLanguage, type MessageKey } from '../../i18n';
import { dateTimeFormat } from './day-text';

export { dateName, dayTimeText, weekdayName } from './day-text';

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
