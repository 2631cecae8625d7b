import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup/parse';
import { backupMessageText } from '../../src/ui/options/data/backup-message';
import { aBackup, fileOf, NOW } from './backup-fixture';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>;

/** A valid backup with one change made to its parsed JSON. */
function changed(change: (data: Editable) => void): string {
  const data = JSON.parse(fileOf(aBackup())) as Editable;
  change(data);
  return JSON.stringify(data);
}

/** The words a person reads when the file is refused. */
function refusal(text: string): string {
  const result = parseBackup(text, NOW);
  if (result.ok) throw new Error('the backup was accepted');
  return backupMessageText(result.message);
}

const accepted = (text: string) => parseBackup(text, NOW).ok;

const DAY = 24 * 3_600_000;
const YEAR_2000 = Date.UTC(2000, 0, 1);

describe('ids in a backup', () => {
  it('are those Tend makes: random UUIDs, and the short ones of the benchmark and older files', () => {
    const ids = ['3f0c2a8e-7d1b-4c55-9a7e-2b1f0d9c6e41', 'c0001', 'i00001', 'k001', 'sam_2'];
    for (const id of ids)
      expect(accepted(changed((data) => (data.contacts[2].id = id)))).toBe(true);
  });

  it.each(['a:b', 'a&b', 'a#b', 'a%3Ab', 'a b', '', '../x', 'é', 'x'.repeat(65)])(
    'refuse %j, saying which field and what an id may hold',
    (id) => {
      expect(refusal(changed((data) => (data.contacts[2].id = id)))).toContain(
        'the field “id” is not an id Tend makes (1 to 64 letters, digits, “-” or “_”)',
      );
    },
  );

  it('refuse such an id wherever a record names one', () => {
    expect(refusal(changed((data) => (data.interactions[0].contactIds = ['sam', 'a:b'])))).toBe(
      'The connection number 1 in the file (“i1”) cannot be imported: the field “contactIds.1” is not an id Tend makes (1 to 64 letters, digits, “-” or “_”). Nothing was changed.',
    );
    expect(refusal(changed((data) => (data.checkIns[0].contactIds = ['a#b'])))).toContain(
      'the field “contactIds.0” is not an id',
    );
    expect(refusal(changed((data) => (data.reflections[0].id = 'r 1')))).toContain(
      'the field “id” is not an id',
    );
  });
});

describe('times in a backup', () => {
  it.each([
    ['contacts', 0, 'createdAt'],
    ['contacts', 1, 'updatedAt'],
    ['contacts', 0, 'lastContactAt'],
    ['reflections', 0, 'createdAt'],
    ['activity', 1, 'at'],
    ['nudgeLog', 0, 'shownAt'],
  ])('refuse %s[%i].%s before 2000 or more than a day ahead', (list, index, field) => {
    const at = (value: number) => changed((data) => (data[list][index][field] = value));
    const problem = `the field “${field}” is not a time between 1 January 2000 and a day after this computer’s clock`;
    expect(refusal(at(YEAR_2000 - 1))).toContain(problem);
    expect(refusal(at(NOW + DAY + 1))).toContain(problem);
    // The year 275760, the last a JavaScript date can hold.
    expect(refusal(at(8.64e15))).toContain(problem);
    expect(accepted(at(NOW + DAY))).toBe(true);
  });

  it('refuse a connection dated before 2000, and a backup said to be made in the future', () => {
    expect(refusal(changed((data) => (data.interactions[0].at = -1)))).toContain(
      'the field “at” is not a time between 1 January 2000',
    );
    expect(
      refusal(changed((data) => (data.exportedAt = new Date(NOW + 2 * DAY).toISOString()))),
    ).toBe(
      'The file cannot be imported: the field “exportedAt” is not a time between 1 January 2000 and a day after this computer’s clock. Nothing was changed.',
    );
  });

  it('put a person off for at most a year', () => {
    const snoozed = (until: number) => changed((data) => (data.contacts[1].snoozedUntil = until));
    expect(accepted(snoozed(NOW + 7 * DAY))).toBe(true);
    expect(accepted(snoozed(NOW + 365 * DAY))).toBe(true);
    expect(refusal(snoozed(NOW + 367 * DAY))).toBe(
      'The person or group number 2 in the file (“Alex Chen”) cannot be imported: the field “snoozedUntil” puts reminders off for more than a year. Nothing was changed.',
    );
    expect(refusal(snoozed(8.64e15))).toContain('for more than a year');
  });

  it('refuse a moved check-in at a time no calendar shows', () => {
    expect(
      refusal(changed((data) => (data.checkIns[0].moved = { '2026-11-16': 8.64e15 }))),
    ).toContain('the field “moved.2026-11-16” is outside the range Tend allows');
    expect(
      refusal(changed((data) => (data.checkIns[0].moved = { '2026-11-16': YEAR_2000 - 1 }))),
    ).toContain('the field “moved.2026-11-16” is outside the range Tend allows');
  });
});

describe('the nudge history in a backup', () => {
  const shownAt = Date.parse('2026-11-23T09:50:00Z');
  const withEntry = (entry: { key: string; kind: string; shownAt: number }) =>
    changed((data) => (data.nudgeLog = [entry]));

  it('takes the nudges shown before, in every key Tend has written', () => {
    for (const [kind, key] of [
      ['break', 'break:short:1795424400000:0'],
      ['break', 'break:2026-11-23:1'],
      ['boundary', 'boundary:2026-11-23:1795453200000:2'],
      ['reconnect', 'reconnect:sam:2026-11-23'],
      ['check-in-prep', 'check-in-prep:sup:2026-11-30'],
      ['gathering-idea', 'gathering-idea:2026-W48'],
      ['time-zone', 'time-zone:America/New_York:Europe/Berlin'],
    ] as const) {
      expect(accepted(withEntry({ key, kind, shownAt })), key).toBe(true);
    }
  });

  it('refuses an entry for a nudge still to come, which would silence it', () => {
    const future = [
      ['reconnect', 'reconnect:sam:2027-01-04'],
      ['boundary', `boundary:2026-11-23:${Date.parse('2027-01-04T17:00:00Z')}:0`],
      ['reflection', 'reflection:2026-12-07'],
      ['gathering-idea', 'gathering-idea:2027-W02'],
      ['check-in-prep', 'check-in-prep:sup:2026-12-14'],
    ] as const;
    for (const [kind, key] of future) {
      expect(refusal(withEntry({ key, kind, shownAt })), key).toBe(
        `The nudge history entry number 1 in the file (“${key.slice(0, 40)}${key.length > 40 ? '…' : ''}”) cannot be imported: the field “key” names a nudge that has not come yet. Nothing was changed.`,
      );
    }
  });

  it('refuses an entry whose key names another kind', () => {
    expect(
      refusal(withEntry({ key: 'reconnect:sam:2026-11-23', kind: 'break', shownAt })),
    ).toContain('the field “key” is not valid');
  });
});
