import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The checks every catalogue under public/_locales must pass (docs/translating.md explains
 * them): the same messages as English, the same placeholders, a description for each, plural
 * forms for every category the language has, and no English left behind by accident.
 */

type Entry = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
};
type Catalogue = Record<string, Entry>;

const LOCALES = fileURLToPath(new URL('../../public/_locales/', import.meta.url));

const catalogues: Record<string, Catalogue> = Object.fromEntries(
  readdirSync(LOCALES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => [
      entry.name,
      JSON.parse(readFileSync(`${LOCALES}${entry.name}/messages.json`, 'utf8')) as Catalogue,
    ]),
);
const english = catalogues.en!;
const translations = Object.keys(catalogues).filter((locale) => locale !== 'en');

/**
 * Messages a translation may leave exactly as English, per locale, with the reason. Anything
 * else that reads the same as the English message (ignoring placeholders) is taken for a
 * message nobody translated.
 */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  es: {
    extName: 'Tend is a name',
    reachChat: '“Chat” is Spanish too, and Teams and Slack are names',
    durationHoursMinutes: 'h and min are the symbols Spanish uses',
    durationMinutes: 'min is the symbol Spanish uses',
    insightsHoursValue: 'h is the symbol Spanish uses',
    weekTotal: '“Total” is Spanish too',
    insightsTotal: '“Total” is Spanish too',
    csvNo: '“no” is Spanish too',
  },
};

/**
 * Plural categories a language's rules have that its catalogue may leave out: plural() then
 * uses the `_other` form. Spanish (like French, Italian and Portuguese) calls a million and
 * up 'many', for "1 millón de personas"; Tend writes numbers out in full ("1.000.000
 * personas"), which takes the `other` form.
 */
const OPTIONAL_CATEGORIES: Record<string, string[]> = { es: ['many'] };

/**
 * Messages kept beside the plural forms that replace them, only until their pages call
 * plural() (the pages are being rewritten): each entry is the plural message to use instead.
 * Delete the message from every catalogue, and its entry here, when its last call site moves.
 * Every page calls plural() now, so the list is empty: keep it so.
 */
const REPLACED_BY_PLURAL: Record<string, string> = {};

/** English words that never occur in Spanish text: one of them means a sentence was missed. */
const ENGLISH_WORDS =
  /\b(the|and|you|your|with|this|that|is|are|was|were|will|for|not|of|to|it|at|on|by|from|when|what|have|be|an|or)\b/i;

const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

/** The message a key is a plural form of, when English has that message's `_other` form. */
function pluralBase(key: string): string | undefined {
  const base = PLURAL_FORM.exec(key)?.[1];
  return base !== undefined && `${base}_other` in english ? base : undefined;
}

/** The BCP 47 tag of a locale folder ('pt_BR' → 'pt-BR'). */
const languageTag = (locale: string) => locale.replace('_', '-');

/** The $NAME$ placeholders a message uses, by name (Chrome reads them case-insensitively). */
function namedPlaceholders(message: string): string[] {
  const names = [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
  return [...new Set(names)].sort();
}

/** The $1…$9 a message uses directly, outside its named placeholders. */
function numberedArguments(message: string): string[] {
  const bare = message.replace(/\$\$/g, '').replace(/\$[A-Za-z0-9_]+\$/g, '');
  return [...new Set([...bare.matchAll(/\$(\d)/g)].map((m) => m[1]!))].sort();
}

/** The {name} fields of the message templates, which Tend fills in itself. */
function templateFields(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** What a placeholder block points at: each name to its $N. */
function placeholderTargets(entry: Entry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name, content]),
  );
}

/** The English entry a translated key is checked against: its own, or its message's `_other`. */
function englishFor(key: string): Entry | undefined {
  const base = pluralBase(key);
  return english[key] ?? (base === undefined ? undefined : english[`${base}_other`]);
}

/** A message's words, without placeholders, fields, punctuation or case. */
function words(message: string): string {
  return message
    .replace(/\$[A-Za-z0-9_]+\$|\$\d|\{\w+\}/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

describe('the English catalogue', () => {
  it('describes every message for its translators', () => {
    const undescribed = Object.keys(english).filter((key) => !english[key]!.description?.trim());
    expect(undescribed).toEqual([]);
  });

  it('names its own language, whose rules pick the plural forms', () => {
    expect(english.catalogueLanguage?.message).toBe('en');
  });

  it('keeps a message beside its plural forms only while its pages still use it', () => {
    const doubled = Object.keys(english).filter(
      (key) => `${key}_other` in english && !(key in REPLACED_BY_PLURAL),
    );
    expect(doubled).toEqual([]);
    // An entry for a message already deleted is stale: take it out of REPLACED_BY_PLURAL.
    const stale = Object.keys(REPLACED_BY_PLURAL).filter((key) => !(key in english));
    expect(stale).toEqual([]);
  });
});

describe.each(Object.keys(catalogues))('the %s catalogue', (locale) => {
  const catalogue = catalogues[locale]!;
  const language = languageTag(locale);

  it('uses only names Chrome and Firefox accept, each once whatever its case', () => {
    const keys = Object.keys(catalogue);
    expect(keys.filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
    const lower = keys.map((key) => key.toLowerCase());
    expect(lower.filter((key, index) => lower.indexOf(key) !== index)).toEqual([]);
  });

  it('has a message and a description for every key', () => {
    const incomplete = Object.entries(catalogue)
      .filter(([, entry]) => !entry.message?.trim() || !entry.description?.trim())
      .map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  it('declares every placeholder its messages use', () => {
    const undeclared = Object.entries(catalogue).flatMap(([key, entry]) =>
      namedPlaceholders(entry.message)
        .filter((name) => !entry.placeholders?.[name])
        .map((name) => `${key}: $${name.toUpperCase()}$`),
    );
    expect(undeclared).toEqual([]);
  });

  it('fits the stores: a name of at most 75 characters, a description of at most 132', () => {
    expect(catalogue.extName?.message.length).toBeLessThanOrEqual(75);
    expect(catalogue.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('has every plural form its language needs, and none it does not', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const optional = OPTIONAL_CATEGORIES[language.split('-')[0]!] ?? [];
    const bases = Object.keys(english).flatMap((key) => {
      const base = pluralBase(key);
      return base !== undefined && key === `${base}_other` ? [base] : [];
    });
    const missing = bases.flatMap((base) =>
      categories
        .filter((category) => !optional.includes(category))
        .map((category) => `${base}_${category}`)
        .filter((key) => !(key in catalogue)),
    );
    expect(missing).toEqual([]);
    const foreign = Object.keys(catalogue).filter((key) => {
      const category = PLURAL_FORM.exec(key)?.[2];
      return pluralBase(key) !== undefined && !categories.includes(category as never);
    });
    expect(foreign).toEqual([]);
  });

  it('has an _other form for every message with any plural form', () => {
    const orphans = Object.keys(catalogue).filter((key) => {
      const base = PLURAL_FORM.exec(key)?.[1];
      return base !== undefined && !(`${base}_other` in catalogue);
    });
    expect(orphans).toEqual([]);
  });
});

describe.each(translations)('the %s translation', (locale) => {
  const catalogue = catalogues[locale]!;

  it('names its own language, whose rules pick the plural forms', () => {
    expect(catalogue.catalogueLanguage?.message).toBe(languageTag(locale));
  });

  it('has every English message and no other', () => {
    const isOwnPluralForm = (key: string) => pluralBase(key) !== undefined;
    const missing = Object.keys(english).filter((key) => !isOwnPluralForm(key) && !catalogue[key]);
    const extra = Object.keys(catalogue).filter((key) => !isOwnPluralForm(key) && !english[key]);
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('keeps the English placeholders, pointing at the same arguments', () => {
    const differing = Object.keys(catalogue).filter((key) => {
      const reference = englishFor(key);
      return (
        reference !== undefined &&
        JSON.stringify(placeholderTargets(catalogue[key]!)) !==
          JSON.stringify(placeholderTargets(reference))
      );
    });
    expect(differing).toEqual([]);
  });

  it('uses every placeholder, argument and {field} the English message uses, and no other', () => {
    const differing = Object.keys(catalogue).flatMap((key) => {
      const reference = englishFor(key);
      if (!reference) return [];
      const ours = catalogue[key]!.message;
      const theirs = reference.message;
      const check = (used: (message: string) => string[]) => {
        const mine = used(ours);
        const wanted = used(theirs);
        // A plural form other than _other may leave the number out ("cada semana"), where
        // its category means exactly one; it may not use anything English does not.
        const partial = pluralBase(key) !== undefined && !key.endsWith('_other');
        return partial
          ? mine.every((name) => wanted.includes(name))
          : JSON.stringify(mine) === JSON.stringify(wanted);
      };
      const same = check(namedPlaceholders) && check(numberedArguments) && check(templateFields);
      return same ? [] : [`${key}: “${ours}” against “${theirs}”`];
    });
    expect(differing).toEqual([]);
  });

  it('leaves no message in English, except the few kept on purpose', () => {
    const allowed = SAME_AS_ENGLISH[locale] ?? {};
    const untranslated = Object.keys(catalogue).filter((key) => {
      const reference = english[key];
      if (!reference || key in allowed) return false;
      const ours = words(catalogue[key]!.message);
      return ours !== '' && ours === words(reference.message);
    });
    expect(untranslated).toEqual([]);
  });

  it('has no English sentence left inside a translated message', () => {
    const allowed = SAME_AS_ENGLISH[locale] ?? {};
    const english = Object.entries(catalogue)
      .filter(([key, entry]) => !(key in allowed) && ENGLISH_WORDS.test(words(entry.message)))
      .map(([key, entry]) => `${key}: ${entry.message}`);
    expect(english).toEqual([]);
  });

  it('allows only messages that are still the same as English', () => {
    const stale = Object.keys(SAME_AS_ENGLISH[locale] ?? {}).filter(
      (key) => words(catalogue[key]?.message ?? '') !== words(english[key]?.message ?? ''),
    );
    expect(stale).toEqual([]);
  });
});
