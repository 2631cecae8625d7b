import { describe, expect, it } from 'vitest';
import type { BackupMessage } from '../../src/domain/backup/format';
import { backupText, parseBackup, sizeProblem } from '../../src/domain/backup/parse';
import { importPreview, missingActivity } from '../../src/domain/backup/preview';
import { defaultSettings } from '../../src/domain/settings';
import { backupMessageText } from '../../src/ui/options/data/backup-message';
import { aBackup, fileOf, NOW } from './backup-fixture';

/** The words a person reads when the file is refused. */
function refusal(text: string): string {
  const result = parseBackup(text, NOW);
  if (result.ok) throw new Error('the backup was accepted');
  return backupMessageText(result.message);
}

// The tests break the file anywhere, as a hand-edited or damaged file would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>;

/** A valid backup with one change made to its parsed JSON. */
function changed(change: (data: Editable) => void): string {
  const data = JSON.parse(fileOf(aBackup())) as Editable;
  change(data);
  return JSON.stringify(data);
}

describe('parseBackup', () => {
  it('reads back exactly what was written, in both the file layout and plain JSON', () => {
    const backup = aBackup();
    expect(parseBackup(backupText(backup), NOW)).toEqual({ ok: true, backup });
    expect(parseBackup(fileOf(backup), NOW)).toEqual({ ok: true, backup });
    expect(JSON.parse(backupText(backup))).toEqual(backup);
  });

  it('upgrades a version-1 file, whose settings had no reflection or templates, from the defaults', () => {
    const v1 = changed((data) => {
      data.version = 1;
      delete data.settings.reflection;
      delete data.settings.templates;
    });
    const result = parseBackup(v1, NOW);
    if (!result.ok) throw new Error(backupMessageText(result.message));
    const defaults = defaultSettings('Europe/London');
    expect(result.backup.version).toBe(3);
    expect(result.backup.settings.reflection).toEqual(defaults.reflection);
    expect(result.backup.settings.templates).toBeNull();
    expect(result.backup.settings.guard).toEqual(aBackup().settings.guard);
    expect(result.backup.contacts).toEqual(aBackup().contacts);
  });

  it('upgrades a version-2 file, keeping the weekday chosen for the reflection', () => {
    const v2 = changed((data) => {
      data.version = 2;
      data.settings.reflection = { enabled: true, weekday: 5, time: '15:00' };
    });
    const result = parseBackup(v2, NOW);
    if (!result.ok) throw new Error(backupMessageText(result.message));
    expect(result.backup.version).toBe(3);
    expect(result.backup.settings.reflection).toEqual({ enabled: true, weekday: 5, time: '15:00' });
  });

  it('refuses in a version-2 file what only version 3 can hold', () => {
    const lastWorkday = changed((data) => {
      data.version = 2;
      data.settings.reflection = { enabled: true, weekday: null, time: '15:00' };
    });
    expect(refusal(lastWorkday)).toContain('the field “reflection.weekday”');
    const question = changed((data) => {
      data.version = 2;
      data.settings.reflection = { enabled: true, weekday: 5, time: '15:00' };
      data.nudgeLog = [
        { key: 'time-zone:America/New_York:Europe/Berlin', kind: 'time-zone', shownAt: 0 },
      ];
    });
    expect(refusal(question)).toContain('the field “kind”');
  });

  it('reads a version-3 file with a time-zone question in its log', () => {
    const question = changed((data) => {
      data.nudgeLog = [
        {
          key: 'time-zone:America/New_York:Europe/Berlin',
          kind: 'time-zone',
          shownAt: Date.parse('2026-11-20T12:00:00Z'),
        },
      ];
    });
    const result = parseBackup(question, NOW);
    expect(result.ok && result.backup.nudgeLog).toEqual([
      {
        key: 'time-zone:America/New_York:Europe/Berlin',
        kind: 'time-zone',
        shownAt: Date.parse('2026-11-20T12:00:00Z'),
      },
    ]);
  });

  it('refuses a version-1 file that has version-2 parts only in its version number', () => {
    // A file saying version 2 must have the version-2 settings: nothing is guessed.
    expect(refusal(changed((data) => delete data.settings.reflection))).toBe(
      'The settings in the file cannot be imported: the field “reflection” is missing. Nothing was changed.',
    );
  });

  it('says plainly why a file is not a backup at all', () => {
    expect(refusal('')).toContain('This file is empty');
    expect(refusal('{"format":"tend-backup","version":2,"cont')).toContain('it is not JSON');
    expect(refusal('<html></html>')).toContain('it is not JSON');
    expect(refusal('[1, 2, 3]')).toContain('it does not say it was made by Tend');
    expect(refusal('{"contacts": []}')).toContain('it does not say it was made by Tend');
    expect(refusal(changed((data) => (data.version = 4)))).toBe(
      'This backup was made by a newer Tend (format version 4; this Tend reads up to version 3). Update Tend, then import it again. Nothing was changed.',
    );
    for (const version of [0, -1, 1.5, '2', null]) {
      expect(refusal(changed((data) => (data.version = version)))).toContain(
        'no valid format version',
      );
    }
    expect(refusal(changed((data) => delete data.version))).toContain('no valid format version');
  });

  it('refuses a 50 MB file by its size, before reading it', () => {
    const fifty = 50 * 1024 * 1024;
    expect(backupMessageText(sizeProblem(fifty) as BackupMessage)).toBe(
      'This file is 50.0 MB: too large for a Tend backup, which can be at most 20.0 MB. Nothing was changed.',
    );
    expect(sizeProblem(3_000_000)).toBeNull();
    expect(refusal(' '.repeat(fifty))).toContain('too large');
  });

  it('never says a file one byte over the limit is as large as the limit', () => {
    const over = 20 * 1024 * 1024 + 1;
    expect(backupMessageText(sizeProblem(over) as BackupMessage)).toBe(
      'This file is 20.1 MB: too large for a Tend backup, which can be at most 20.0 MB. Nothing was changed.',
    );
    expect(sizeProblem(over - 1)).toBeNull();
  });

  it('names the record, the field and what is wrong with it', () => {
    expect(refusal(changed((data) => delete data.contacts[1].name))).toBe(
      'The person or group number 2 in the file (“alex”) cannot be imported: the field “name” is missing. Nothing was changed.',
    );
    expect(refusal(changed((data) => (data.interactions[0].at = 'yesterday')))).toBe(
      'The connection number 1 in the file (“i1”) cannot be imported: the field “at” has the wrong kind of value. Nothing was changed.',
    );
    expect(refusal(changed((data) => (data.checkIns[1].recurrence.kind = 'yearly')))).toBe(
      'The check-in number 2 in the file (“Peer check-in”) cannot be imported: the field “recurrence.kind” has a value Tend does not know. Nothing was changed.',
    );
    expect(refusal(changed((data) => delete data.nudgeLog))).toBe(
      'The file cannot be imported: the field “nudgeLog” is missing. Nothing was changed.',
    );
    expect(refusal(changed((data) => (data.activity[2] = 7)))).toBe(
      'The work-time record number 3 in the file cannot be imported: it is not a record with fields. Nothing was changed.',
    );
    expect(refusal(changed((data) => (data.settings.breaks.shortMinutes = '5')))).toBe(
      'The settings in the file cannot be imported: the field “breaks.shortMinutes” has the wrong kind of value. Nothing was changed.',
    );
  });

  it('refuses a list where a record belongs, a number JSON cannot hold, and a list too long', () => {
    expect(refusal(changed((data) => (data.checkIns[0].moved = [])))).toContain(
      'the field “moved” has the wrong kind of value',
    );
    expect(refusal(changed((data) => (data.contacts[0].cadence = [])))).toContain(
      'the field “cadence” has the wrong kind of value',
    );
    expect(
      refusal(changed((data) => (data.settings.schedule.days = Array(7).fill(null)))),
    ).toContain('the field “schedule.days” has the wrong kind of value');
    expect(refusal(changed((data) => (data.contacts[0] = [])))).toContain(
      'it is not a record with fields',
    );
    // 1e999 parses to Infinity.
    const infinite = changed((data) => (data.interactions[0].at = 0)).replace(
      '"at":0',
      '"at":1e999',
    );
    expect(refusal(infinite)).toContain('the field “at” has the wrong kind of value');
    expect(refusal(changed((data) => (data.contacts[0].reach = Array(51).fill(7))))).toContain(
      'the field “reach” has more than 50 entries',
    );
    expect(refusal(changed((data) => (data.checkIns[0].moved.constructor = NOW)))).toContain(
      'the field “moved.constructor” is not valid',
    );
    expect(refusal(changed((data) => (data.exportedAt = '2026-02-29T11:00:00.000Z')))).toBe(
      'The file cannot be imported: the field “exportedAt” is not valid. Nothing was changed.',
    );
  });

  it('refuses a name of 100 000 characters with the form’s limit, showing only its start', () => {
    const message = refusal(changed((data) => (data.contacts[0].name = 'A'.repeat(100_000))));
    expect(message).toBe(
      `The person or group number 1 in the file (“${'A'.repeat(40)}…”) cannot be imported: the field “name” is longer than 120 characters. Nothing was changed.`,
    );
  });

  it('applies the forms’ own rules to every record and to the settings', () => {
    expect(
      refusal(
        changed(
          (data) => (data.contacts[0].reach = [{ kind: 'chat', value: 'javascript:alert(1)' }]),
        ),
      ),
    ).toContain('the field “reach.0.value” is not valid');
    expect(refusal(changed((data) => (data.contacts[2].roles = [])))).toContain(
      'the field “roles” is empty',
    );
    expect(refusal(changed((data) => (data.checkIns[0].durationMinutes = 2)))).toContain(
      'the field “durationMinutes” must be a whole number from 5 to 600',
    );
    expect(refusal(changed((data) => (data.interactions[1].note = 'x'.repeat(5001))))).toContain(
      'the field “note” is longer than 5,000 characters',
    );
    expect(
      refusal(changed((data) => (data.settings.schedule.timeZone = 'Mars/Olympus'))),
    ).toContain('the field “schedule.timeZone” is not valid');
    expect(refusal(changed((data) => (data.settings.breaks.shortMinutes = 90)))).toContain(
      'the field “breaks.shortMinutes” must be a whole number from 1 to 30',
    );
    expect(refusal(changed((data) => (data.settings.guard.sites = ['javascript:x'])))).toContain(
      'the field “guard.sites.0” is not valid',
    );
    expect(refusal(changed((data) => (data.dayExceptions[0].date = '2026-02-30')))).toContain(
      'the field “date” is not valid',
    );
  });

  it('takes a check-in two computers’ synced edits made, as sync took it', () => {
    // One computer ended it on 10 December and made it virtual; the other moved its start to
    // January and cleared its link. Sync merged both, and this computer exported the merge.
    const merged = changed((data) => {
      const checkIn = data.checkIns[0];
      checkIn.mode = 'virtual';
      checkIn.link = '';
      checkIn.startDate = '2027-01-11';
      checkIn.recurrence = { kind: 'weekly', everyWeeks: 1, weekdays: [1], until: '2026-12-10' };
    });
    const result = parseBackup(merged, NOW);
    expect(result.ok && result.backup.checkIns[0]).toMatchObject({
      mode: 'virtual',
      link: '',
      startDate: '2027-01-11',
    });
    // A field wrong on its own is still refused, as sync refuses it.
    expect(
      refusal(changed((data) => (data.checkIns[0].recurrence.until = '2026-13-40'))),
    ).toContain('the field “recurrence.until” is not valid');
  });

  it('accepts a connection up to a day ahead, from a computer whose clock ran fast, not more', () => {
    const ahead = (ms: number) =>
      parseBackup(
        changed((data) => (data.interactions[1].at = NOW + ms)),
        NOW,
      );
    const HOUR = 3_600_000;
    // Minutes or hours of skew, or a zone set wrong on the computer that made the backup.
    for (const skew of [6 * 60_000, 3 * HOUR, 24 * HOUR]) expect(ahead(skew).ok).toBe(true);
    const accepted = ahead(3 * HOUR);
    if (!accepted.ok) throw new Error('refused');
    expect(accepted.backup.interactions[1]?.at).toBe(NOW + 3 * HOUR);
    expect(refusal(changed((data) => (data.interactions[1].at = NOW + 24 * HOUR + 60_000)))).toBe(
      'The connection number 2 in the file (“i2”) cannot be imported: it is dated more than a day after this computer’s clock. Nothing was changed.',
    );
  });

  it('refuses ids used twice and connections with people the file does not hold', () => {
    expect(refusal(changed((data) => (data.contacts[2].id = 'sam')))).toBe(
      'The person or group number 3 in the file (“Peer group”) cannot be imported: its id “sam” is also used by an earlier record in the file. Nothing was changed.',
    );
    expect(
      refusal(changed((data) => data.reflections.push({ ...data.reflections[0], id: 'r2' }))),
    ).toContain('its weekStart “2026-11-09” is also used by an earlier record');
    expect(refusal(changed((data) => data.interactions[0].contactIds.push('ghost')))).toBe(
      'The connection number 1 in the file (“i1”) cannot be imported: it names a person who is not in the file (id “ghost”). Nothing was changed.',
    );
  });

  it('keeps a check-in that still names a person deleted since, as the database does', () => {
    const result = parseBackup(
      changed((data) => data.checkIns[0].contactIds.push('gone')),
      NOW,
    );
    expect(result.ok).toBe(true);
  });

  it('drops fields it does not know, so nothing unexpected reaches the database', () => {
    const result = parseBackup(
      changed((data) => (data.contacts[0].password = 'x')),
      NOW,
    );
    if (!result.ok) throw new Error('refused');
    expect(result.backup.contacts[0]).not.toHaveProperty('password');
  });
});

describe('importPreview', () => {
  it('counts what is new and what replaces a stored record, list by list', () => {
    const backup = aBackup();
    const preview = importPreview(backup, {
      contacts: ['sam', 'other'],
      interactions: [],
      checkIns: ['sup', 'peer'],
      reflections: [{ id: 'r9', weekStart: '2026-11-09' }],
      dayExceptions: ['2026-11-24'],
      activity: [{ at: backup.activity[0]!.at, state: 'clock-in' }],
      nudgeLog: [],
    });
    expect(preview).toEqual({
      contacts: { added: 2, replaced: 1 },
      interactions: { added: 2, replaced: 0 },
      checkIns: { added: 0, replaced: 2 },
      reflections: { added: 0, replaced: 1 },
      dayExceptions: { added: 1, replaced: 1 },
      activity: { added: 2, replaced: 0 },
      nudgeLog: { added: 1, replaced: 0 },
    });
  });
});

describe('missingActivity', () => {
  it('adds only the transitions not held yet, counting repeats', () => {
    const a = { at: 1, state: 'active' as const };
    const b = { at: 1, state: 'idle' as const };
    expect(missingActivity([a], [a, b])).toEqual([b]);
    expect(missingActivity([a], [a, a])).toEqual([a]);
    expect(missingActivity([a, a, b], [a, b])).toEqual([]);
  });
});
