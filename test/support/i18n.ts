import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

const CATALOGUES = { en: english, es: spanish } as Record<string, Record<string, Entry>>;

/**
 * The fake browser has no i18n; give it a real catalogue with Chrome's substitution rules
 * ($name$ placeholders pointing at $1…$9) and its fallback to the default (English) catalogue
 * for a key the chosen one lacks, so tests read real text. English unless a test asks for
 * another language, which then is also the UI language.
 */
export function installCatalogue(language: 'en' | 'es' = 'en'): void {
  const entries = CATALOGUES[language]!;
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = (
    key: string,
    subs?: string | string[],
  ): string => {
    const entry = entries[key] ?? CATALOGUES.en![key];
    if (!entry) return '';
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => args[Number(n) - 1] ?? '');
    });
  };
  (fakeBrowser.i18n as { getUILanguage: unknown }).getUILanguage = () => language;
}
