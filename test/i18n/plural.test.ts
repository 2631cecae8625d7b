import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';
import { t } from '../../src/i18n';
import { countText, plural, timeWith, type PluralKey } from '../../src/plural';
import { installCatalogue } from '../support/i18n';

/** Every message with plural forms in a catalogue: the bases of its `…_other` keys. */
function pluralBases(catalogue: object): PluralKey[] {
  return Object.keys(catalogue)
    .filter((key) => key.endsWith('_other'))
    .map((key) => key.slice(0, -'_other'.length) as PluralKey);
}

describe('plural', () => {
  it('picks the English form that agrees with the count', () => {
    expect(plural('waitingBadgeTitle', 1)).toBe('Tend — 1 nudge waiting');
    expect(plural('waitingBadgeTitle', 0)).toBe('Tend — 0 nudges waiting');
    expect(plural('waitingBadgeTitle', 3)).toBe('Tend — 3 nudges waiting');
    expect(plural('waitingBadgeTitle', 1234)).toBe('Tend — 1,234 nudges waiting');
  });

  it('picks the Spanish form, and falls back to other for the millions Spanish calls many', () => {
    installCatalogue('es');
    expect(plural('waitingBadgeTitle', 1)).toBe('Tend — 1 aviso pendiente');
    expect(plural('waitingBadgeTitle', 0)).toBe('Tend — 0 avisos pendientes');
    expect(plural('waitingBadgeTitle', 2)).toBe('Tend — 2 avisos pendientes');
    expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many');
    expect(plural('waitingBadgeTitle', 1_000_000)).toBe('Tend — 1.000.000 avisos pendientes');
  });

  it('fills every placeholder the caller passes, with the count where the message puts it', () => {
    installCatalogue('es');
    expect(plural('wrapUpMessage', 1, ['1', timeWith('atTime', '17:00')])).toBe(
      'Tu jornada termina en 1 minuto, a las 17:00. Anota en qué punto estás, para retomarlo mañana.',
    );
    expect(
      plural('wrapUpWithSummary', 15, [
        '15',
        timeWith('atTime', '17:00'),
        '7 h 20 min',
        plural('countBreaks', 1),
        plural('countConnections', 2),
      ]),
    ).toBe(
      'Tu jornada termina en 15 minutos, a las 17:00. Lo que llevas hoy: 7 h 20 min de trabajo, 1 descanso y 2 contactos.',
    );
  });

  it("follows the catalogue's language, not the browser's, when Tend has no catalogue for it", () => {
    // A French browser reads the English catalogue; French calls 0 'one', English does not.
    (fakeBrowser.i18n as { getUILanguage: unknown }).getUILanguage = () => 'fr';
    expect(new Intl.PluralRules('fr').select(0)).toBe('one');
    expect(plural('countBreaks', 0)).toBe('0 breaks');
  });

  it("uses every category the catalogue's language has, and other for any it left out", () => {
    const russian: Record<string, string> = {
      catalogueLanguage: 'ru',
      countBreaks_one: '$1 перерыв',
      countBreaks_few: '$1 перерыва',
      countBreaks_other: '$1 перерывов',
    };
    (fakeBrowser.i18n as { getMessage: unknown }).getMessage = (key: string, subs?: string) =>
      russian[key]?.replace('$1', subs ?? '') ?? '';
    expect(plural('countBreaks', 21, '21')).toBe('21 перерыв');
    expect(plural('countBreaks', 3, '3')).toBe('3 перерыва');
    // 'many' is left out of this catalogue: other stands in.
    expect(plural('countBreaks', 5, '5')).toBe('5 перерывов');
  });

  it('gives the key, not an empty string, when the catalogue has no form at all', () => {
    (fakeBrowser.i18n as { getMessage: unknown }).getMessage = () => '';
    expect(plural('countBreaks', 2)).toBe('countBreaks_other');
  });

  it('only takes messages that have plural forms', () => {
    // @ts-expect-error: 'save' has no _other form, so it is not a PluralKey.
    expect(plural('save', 1)).toBe('save_other');
  });

  describe.each([
    ['en', english],
    ['es', spanish],
  ] as const)('every message that takes a count, in %s', (language, catalogue) => {
    const bases = pluralBases(catalogue);

    it('has plural forms to walk', () => {
      expect(bases.length).toBeGreaterThan(10);
    });

    it.each(bases)('%s reads right for 0, 1, 2, 5, 21 and a million', (base) => {
      installCatalogue(language);
      for (const count of [0, 1, 2, 5, 21, 1_000_000]) {
        // Every placeholder gets the count: the form must take it without a loose "$" or key.
        const text = plural(base, count, Array(9).fill(countText(count)));
        expect(text).not.toBe(`${base}_other`);
        expect(text).not.toMatch(/\$/);
        // No "1 nudges", "1 minutos", "1 personas": a 1 is never followed by a plural noun.
        if (count === 1) expect(text).not.toMatch(/(?<![\d.,])1 \p{L}+s\b/u);
      }
    });
  });
});

describe('a time with the word before it', () => {
  it("says 'a la' for one o'clock and 'a las' for every other hour, in Spanish", () => {
    installCatalogue('es');
    expect(timeWith('atTime', '1:30')).toBe('a la 1:30');
    expect(timeWith('atTime', '01:00')).toBe('a la 01:00');
    expect(timeWith('atTime', '13:00')).toBe('a las 13:00');
    expect(timeWith('atTime', '0:15')).toBe('a las 0:15');
    expect(timeWith('atTime', '17:00')).toBe('a las 17:00');
    expect(timeWith('untilTime', '1:00')).toBe('hasta la 1:00');
    expect(timeWith('untilTime', '2:00')).toBe('hasta las 2:00');
  });

  it('reads the hour as shown, in the 12-hour clock too', () => {
    installCatalogue('es');
    expect(timeWith('atTime', '1:00 p. m.')).toBe('a la 1:00 p. m.');
  });

  it('puts the phrase into the sentences that say when', () => {
    installCatalogue('es');
    expect(t('boundaryMessage', [timeWith('atTime', '1:00')])).toBe(
      'Terminó a la 1:00. Lo que quede puede esperar a mañana; tienes permiso para parar.',
    );
    expect(t('exceptionIsLate', [timeWith('untilTime', '1:30')])).toBe(
      'Hoy tu jornada se alarga hasta la 1:30.',
    );
  });

  it('leaves English as it was', () => {
    expect(timeWith('atTime', '1:00 PM')).toBe('at 1:00 PM');
    expect(t('clockedInAt', [timeWith('atTime', '8:30 AM')])).toBe('Clocked in at 8:30 AM');
    expect(t('exceptionIsLate', [timeWith('untilTime', '20:00')])).toBe(
      'Late shift today, until 20:00.',
    );
  });
});
