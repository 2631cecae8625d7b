import { browser } from 'wxt/browser';
import { uiLanguage, type MessageKey } from './i18n';

/**
 * A message with a form per plural category: the base of every `…_other` key in the catalogue
 * (`waitingBadgeTitle` for `waitingBadgeTitle_one` and `waitingBadgeTitle_other`).
 */
export type PluralKey = MessageKey extends infer Key
  ? Key extends `${infer Base}_other`
    ? Base
    : never
  : never;

// One PluralRules per language: building one is the slow part.
const rulesByLanguage = new Map<string, Intl.PluralRules>();

function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/**
 * The language of the catalogue the browser actually reads: it is the UI language only when
 * Tend has a catalogue for it (a Portuguese browser reads the English one, whose forms
 * follow English rules).
 */
function catalogueLanguage(): string {
  return browser.i18n.getMessage('catalogueLanguage') || 'en';
}

/**
 * The browser's getMessage for any name: a category English has no form for ('few', 'many')
 * is not a MessageKey, and asking for one that is missing gives ''.
 */
function message(name: string, substitutions: string | string[]): string {
  type GetMessage = (name: string, substitutions?: string | string[]) => string;
  return (browser.i18n.getMessage as GetMessage)(name, substitutions);
}

/** A count as the UI language writes it ('1,234' or '1.234'). */
export function countText(count: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(count);
}

/**
 * The form of a message that agrees with `count` ('1 nudge waiting', '3 nudges waiting'):
 * `${key}_${category}` with the category Intl.PluralRules picks for the catalogue's language,
 * or `${key}_other` when the catalogue leaves that category out (Spanish 'many', which only
 * the millions take). `substitutions` defaults to the count itself; pass them all when the
 * message has more placeholders, the count among them where the message puts it.
 */
export function plural(key: PluralKey, count: number, substitutions?: string | string[]): string {
  const subs = substitutions ?? countText(count);
  const category = pluralRules(catalogueLanguage()).select(count);
  return (
    (category === 'other' ? '' : message(`${key}_${category}`, subs)) ||
    message(`${key}_other`, subs) ||
    `${key}_other`
  );
}

/**
 * A time with the word before it, 'at 17:00' or 'until 20:00', for a message's $AT$ or
 * $UNTIL$: its form follows the hour as `time` shows it (1 in '1:30' or '1:30 PM'), since
 * Spanish says 'a la 1:30' but 'a las 2:30'.
 */
export function timeWith(key: 'atTime' | 'untilTime', time: string): string {
  return plural(key, Number.parseInt(time, 10), time);
}
