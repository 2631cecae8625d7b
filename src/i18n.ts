import { browser } from 'wxt/browser';
import { elapsedUnit } from './domain/elapsed';
import { splitDuration } from './domain/format';

/** Every key in the English catalogue; a typo in a key is a type error. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/**
 * The one way to get user-visible text: the browser's message catalogue, so every
 * string is translatable and none is built by concatenation.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language, for Intl date and number formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

// One relative-time formatter per language: building one costs more than formatting with it,
// and the network list words a time for each of thousands of people.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "today", "yesterday", "3 weeks ago" for a number of whole days, in the UI language. */
export function daysAgoText(days: number): string {
  const { value, unit } = elapsedUnit(days);
  const language = uiLanguage();
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    relativeFormats.set(language, format);
  }
  return format.format(-value, unit);
}

/** A duration as the catalogue words it ('3 h 12 min'). */
export function durationText(ms: number): string {
  const { hours, minutes } = splitDuration(ms);
  return hours > 0
    ? t('durationHoursMinutes', [String(hours), String(minutes)])
    : t('durationMinutes', [String(minutes)]);
}
