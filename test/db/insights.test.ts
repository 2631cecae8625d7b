import { describe, expect, it } from 'vitest';
import { activitySince } from '../../src/db/activity';
import { loadInsights } from '../../src/db/insights';
import { logInteraction } from '../../src/db/interactions';
import { setException } from '../../src/db/meta';
import { openDb } from '../../src/db/open';
import { saveContact } from '../../src/db/contacts';
import { saveSettings } from '../../src/db/settings';
import { insightsWindow } from '../../src/domain/insights/window';
import { defaultSettings } from '../../src/domain/settings';
import type { ActivityTransition, Reflection } from '../../src/domain/types';
import { aConnection, aContact, at } from './factories';

// The window of Wednesday 18 November 2026 in London starts on Monday 31 August (BST),
// and its activity on Sunday 30 August.
const now = new Date('2026-11-18T12:00:00Z');

function reflection(id: string, weekStart: string): Reflection {
  return {
    id,
    weekStart,
    energy: 3,
    stress: 3,
    connected: 3,
    supported: 3,
    note: '',
    createdAt: at(`${weekStart}T18:00:00Z`),
  };
}

describe('loading the insights', () => {
  it('reads only the 12 weeks, with the states carried into them', async () => {
    const db = await openDb();
    await saveSettings(db, defaultSettings('Europe/London'));
    await saveContact(db, aContact({ id: 'ana' }));
    const transitions: ActivityTransition[] = [
      { at: at('2025-06-01T09:00:00Z'), state: 'active' },
      { at: at('2026-08-28T08:00:00Z'), state: 'clock-in' },
      { at: at('2026-08-28T09:00:00Z'), state: 'idle' },
      { at: at('2026-08-29T09:00:00Z'), state: 'locked' },
      { at: at('2026-08-30T22:00:00Z'), state: 'active' },
      { at: at('2026-11-17T09:00:00Z'), state: 'active' },
    ];
    const tx = db.transaction('activity', 'readwrite');
    await Promise.all([...transitions.map((one) => tx.store.add(one)), tx.done]);
    await logInteraction(
      db,
      aConnection({ id: 'old', at: at('2026-08-30T21:00:00Z'), contactIds: ['ana'] }),
    );
    await logInteraction(
      db,
      aConnection({ id: 'new', at: at('2026-08-31T09:00:00Z'), contactIds: ['ana'] }),
    );
    await db.put('reflections', reflection('before', '2026-08-24'));
    await db.put('reflections', reflection('first', '2026-08-31'));
    await db.put('reflections', reflection('current', '2026-11-16'));
    await setException(db, '2026-08-29', { date: '2026-08-29', kind: 'on-call', until: null });
    await setException(db, '2026-08-30', { date: '2026-08-30', kind: 'on-call', until: null });
    await setException(db, '2026-11-22', { date: '2026-11-22', kind: 'on-call', until: null });
    await setException(db, '2026-11-23', { date: '2026-11-23', kind: 'on-call', until: null });

    const data = await loadInsights(db, now);
    expect(data.activity.map((one) => [new Date(one.at).toISOString(), one.state])).toEqual([
      // The clock state and the idle state the window begins in, nothing older.
      ['2026-08-28T08:00:00.000Z', 'clock-in'],
      ['2026-08-29T09:00:00.000Z', 'locked'],
      ['2026-08-30T22:00:00.000Z', 'active'],
      ['2026-11-17T09:00:00.000Z', 'active'],
    ]);
    // The window's one connection, the one logged on its first Monday: only what Insights counts.
    expect(data.interactions).toEqual([
      {
        at: at('2026-08-31T09:00:00Z'),
        kind: 'peer-check-in',
        mode: 'in-person',
        direction: 'both',
      },
    ]);
    expect(data.reflections.map((one) => one.id).sort()).toEqual(['current', 'first']);
    expect(data.exceptions.map((one) => one.date)).toEqual(['2026-08-30', '2026-11-22']);
    expect(data.contacts.map((one) => one.id)).toEqual(['ana']);
    expect(data.settings.schedule.timeZone).toBe('Europe/London');
    expect(data.now).toBe(now.getTime());
  });

  it('finds the states before the window as a record-by-record walk back does, years back too', async () => {
    const { activityFrom } = insightsWindow('Europe/London', now);
    const histories: ActivityTransition[][] = [
      // A clock state years before the window, idle states since.
      [
        { at: at('2019-03-01T08:00:00Z'), state: 'clock-in' },
        ...Array.from({ length: 40 }, (_, i): ActivityTransition => ({
          at: activityFrom - (i + 1) * 9 * 24 * 3600_000,
          state: i % 2 === 0 ? 'idle' : 'active',
        })),
      ],
      // Both at the same instant just before the window, and one in it.
      [
        { at: activityFrom - 1, state: 'locked' },
        { at: activityFrom - 1, state: 'clock-out' },
        { at: activityFrom - 1, state: 'active' },
        { at: activityFrom, state: 'idle' },
      ],
      // No clock state at all, and nothing before the window.
      [{ at: activityFrom + 5, state: 'active' }],
      [{ at: activityFrom - 400 * 24 * 3600_000, state: 'idle' }],
    ];
    const db = await openDb();
    await saveSettings(db, defaultSettings('Europe/London'));
    for (const history of histories) {
      const tx = db.transaction('activity', 'readwrite');
      await Promise.all([tx.store.clear(), ...history.map((one) => tx.store.add(one)), tx.done]);
      const data = await loadInsights(db, now);
      expect(data.activity).toEqual(await activitySince(db, activityFrom));
    }
  });
});
