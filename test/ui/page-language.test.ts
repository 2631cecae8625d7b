// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declarePage } from '../../src/ui/shared/page-language';
import { installCatalogue } from '../support/i18n';

describe('declarePage', () => {
  it('gives the page the language and the title of the catalogue the browser reads', () => {
    installCatalogue('es');
    declarePage('optionsTitle');
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Ajustes de Tend');
  });

  it('says English in English', () => {
    installCatalogue('en');
    declarePage('guardPageTitle');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('It is after your boundary');
  });
});
