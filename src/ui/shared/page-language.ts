import { t, type MessageKey } from '../../i18n';

/**
 * Tells the browser and screen readers the page's language and names its tab, both from the
 * catalogue the browser reads: a Spanish page says `lang="es"` so it is read aloud in Spanish,
 * and its tab reads "Ajustes de Tend". Two synchronous catalogue reads: cheap enough for the
 * popup's first paint.
 */
export function declarePage(title: MessageKey): void {
  document.documentElement.lang = t('catalogueLanguage');
  document.title = t(title);
}
