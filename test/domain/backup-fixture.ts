import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../src/domain/backup/format';
import { defaultSettings } from '../../src/domain/settings';
import { aConnection, aContact, at } from '../db/factories';
import { checkIn } from './check-in-factory';

/** When the import in these tests happens. */
export const NOW = at('2026-11-23T12:00:00Z');

/** A small but complete backup: something in every list, every kind of value. */
export function aBackup(): Backup {
  const settings = defaultSettings('Europe/London');
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-11-23T11:00:00.000Z',
    settings: {
      ...settings,
      guard: { enabled: true, sites: ['https://cms.example.org'] },
      mutedKinds: ['gathering-idea'],
      reflection: { enabled: true, weekday: 4, time: '16:30' },
      templates: {
        'check-in': { subject: 'Hi {name}', body: 'How are you doing?' },
        'thank-you': { subject: 'Thanks', body: 'Thank you, {name}.' },
        invite: { subject: 'Walk?', body: 'Fancy a walk?' },
        supervision: { subject: 'Supervision', body: 'Agenda attached.' },
        'offer-support': { subject: 'Here', body: 'I am around.' },
      },
    },
    contacts: [
      aContact({
        id: 'sam',
        name: 'Sam Rivera',
        roles: ['supervisor'],
        reach: [{ kind: 'email', value: 'sam@example.org' }],
        cadence: { kind: 'every', count: 2, unit: 'weeks' },
        trustLevel: 5,
        notes: 'Knows the team.',
        lastContactAt: at('2026-11-20T10:00:00Z'),
      }),
      aContact({ id: 'alex', name: 'Alex Chen', lastContactAt: at('2026-11-20T10:00:00Z') }),
      aContact({ id: 'group', name: 'Peer group', isGroup: true, roles: ['peer-group'] }),
    ],
    interactions: [
      aConnection({ id: 'i1', at: at('2026-11-02T10:00:00Z'), contactIds: ['sam'] }),
      aConnection({
        id: 'i2',
        at: at('2026-11-20T10:00:00Z'),
        contactIds: ['sam', 'alex'],
        feltBefore: 2,
        feltAfter: 4,
        note: 'Walk at lunch.',
      }),
    ],
    checkIns: [
      checkIn({ contactIds: ['sam'], skipped: ['2026-11-09'], moved: { '2026-11-16': NOW } }),
      checkIn({
        id: 'peer',
        title: 'Peer check-in',
        kind: 'peer-check-in',
        mode: 'virtual',
        link: 'https://meet.example.org/peer',
        recurrence: { kind: 'monthly-weekday', nth: -1, weekday: 5, until: '2027-06-30' },
      }),
    ],
    reflections: [
      {
        id: 'r1',
        weekStart: '2026-11-09',
        energy: 3,
        stress: 4,
        connected: null,
        supported: 2,
        note: 'A long week.',
        createdAt: at('2026-11-13T15:00:00Z'),
      },
    ],
    dayExceptions: [
      { date: '2026-11-24', kind: 'on-call', until: null },
      { date: '2026-11-26', kind: 'late-shift', until: '20:00' },
    ],
    activity: [
      { at: at('2026-11-23T09:00:00Z'), state: 'clock-in' },
      { at: at('2026-11-23T09:00:00Z'), state: 'active' },
      { at: at('2026-11-23T10:30:00Z'), state: 'idle' },
    ],
    nudgeLog: [{ key: 'break:2026-11-23:1', kind: 'break', shownAt: at('2026-11-23T09:50:00Z') }],
  };
}

/** The backup as the file holds it. */
export const fileOf = (backup: unknown) => JSON.stringify(backup);
