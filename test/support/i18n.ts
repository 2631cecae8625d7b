import { fakeBrowser } from 'wxt/testing/fake-browser';
import catalogue from '../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/**
 * The fake browser has no i18n; give it the real English catalogue with Chrome's
 * substitution rules ($name$ placeholders pointing at $1…$9), so tests read real text.
 */
export function installCatalogue(): void {
  const entries = catalogue as Record<string, Entry>;
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = (
    key: string,
    subs?: string | string[],
  ): string => {
    const entry = entries[key];
    if (!entry) return '';
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => args[Number(n) - 1] ?? '');
    });
  };
  (fakeBrowser.i18n as { getUILanguage: unknown }).getUILanguage = () => 'en';
}
