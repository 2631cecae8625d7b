import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import {
  buildRecord,
  checkIns,
  contacts,
  fieldsOf,
  interactions,
  settings,
} from '../../src/sync/collections';
import { aConnection, aContact } from '../db/factories';
import { checkIn as aCheckIn } from '../domain/check-in-factory';

describe('records as synced fields', () => {
  it('syncs a person without the snooze, and the notes only when notes sync', () => {
    const ann = aContact({ id: 'ann', notes: 'likes tea', snoozedUntil: 5 });
    expect(fieldsOf(contacts, ann, false)).not.toHaveProperty('notes');
    expect(fieldsOf(contacts, ann, true)).toHaveProperty('notes', 'likes tea');
    expect(fieldsOf(contacts, ann, true)).not.toHaveProperty('snoozedUntil');
    // Built back on another computer: its own snooze and notes stay.
    const there = aContact({ id: 'ann', notes: 'mine', snoozedUntil: 9 });
    expect(buildRecord(contacts, 'ann', fieldsOf(contacts, ann, false), there)).toEqual({
      ...ann,
      notes: 'mine',
      snoozedUntil: 9,
    });
    expect(buildRecord(contacts, 'ann', fieldsOf(contacts, ann, false), undefined)).toEqual({
      ...ann,
      notes: '',
      snoozedUntil: null,
    });
  });

  it('syncs each skipped and each moved date of a check-in as a field of its own', () => {
    const checkIn = aCheckIn({
      id: 'k',
      skipped: ['2026-03-16', '2026-03-09'],
      moved: { '2026-03-23': 7 },
    });
    const fields = fieldsOf(checkIns, checkIn, false);
    expect(fields).toMatchObject({
      'skipped.2026-03-09': true,
      'skipped.2026-03-16': true,
      'moved.2026-03-23': 7,
    });
    expect(fields).not.toHaveProperty('skipped');
    expect(buildRecord(checkIns, 'k', fields, undefined)).toEqual({
      ...checkIn,
      skipped: ['2026-03-09', '2026-03-16'],
    });
  });

  it('keeps the guard’s sites on this computer', () => {
    const mine = {
      ...defaultSettings('Europe/London'),
      guard: { enabled: true, sites: ['https://cms.example.org'] },
    };
    const theirs = { ...defaultSettings('Europe/Paris'), idleThresholdSeconds: 60 };
    expect(fieldsOf(settings, mine, true)).not.toHaveProperty('guard');
    expect(buildRecord(settings, 'current', fieldsOf(settings, theirs, true), mine)).toEqual({
      ...theirs,
      guard: mine.guard,
    });
  });

  it('says why a record from another computer does not fit, instead of taking it', () => {
    const fields = { ...fieldsOf(contacts, aContact({ id: 'ann' }), false), roles: ['astronaut'] };
    expect(buildRecord(contacts, 'ann', fields, undefined)).toMatch(/^contacts ann: roles\.0: /);
    const connection = fieldsOf(
      interactions,
      aConnection({ id: 'i', at: 1, contactIds: ['ann'] }),
      true,
    );
    delete connection.at;
    expect(buildRecord(interactions, 'i', connection, undefined)).toMatch(/^interactions i: at: /);
  });
});
