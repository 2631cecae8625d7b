import { describe, expect, it } from 'vitest';
import { activitySince, recordTransition } from '../../src/db/activity';
import { importBackup } from '../../src/db/backup-import';
import { undoImport } from '../../src/db/import-undo';
import { loadInsights, type InsightsData } from '../../src/db/insights';
import { getMeta } from '../../src/db/meta-store';
import { openDb, type TendDatabase } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { weeklyInsights } from '../../src/domain/insights/weekly';
import { insightsWindow } from '../../src/domain/insights/window';
import { defaultSettings } from '../../src/domain/settings';
import { HOUR_MS } from '../../src/domain/time-units';
import type { ActivityTransition } from '../../src/domain/types';
import { aBackup } from '../domain/backup-fixture';
import { at } from './factories';

// Wednesday 18 November 2026 in London: the window runs from Monday 31 August.
const now = new Date('2026-11-18T12:00:00Z');
const DAY_MS = 24 * HOUR_MS;

/** A day on the clock: in at 09:00, active, and away at `until` (UTC, as London in winter). */
const workday = (date: string, until = '17:00'): ActivityTransition[] => [
  { at: at(`${date}T09:00:00Z`), state: 'clock-in' },
  { at: at(`${date}T09:00:00Z`), state: 'active' },
  { at: at(`${date}T${until}:00Z`), state: 'idle' },
];

async function withWorkdays(dates: string[]): Promise<TendDatabase> {
  const db = await openDb();
  await saveSettings(db, defaultSettings('Europe/London'));
  const tx = db.transaction('activity', 'readwrite');
  const adds = dates.flatMap((date) => workday(date)).map((one) => tx.store.add(one));
  await Promise.all([...adds, tx.done]);
  return db;
}

const hoursIn = (data: InsightsData, weekStart: string) =>
  weeklyInsights(data, new Date(data.now)).weeks.find((week) => week.weekStart === weekStart)
    ?.workedMs;

/** Insights as shown at `when`: read (from the copy, once one is stored) and read afresh. */
async function shownAt(db: TendDatabase, when: Date) {
  const data = await loadInsights(db, when);
  const { activityFrom } = insightsWindow('Europe/London', when);
  expect(data.activity).toEqual(await activitySince(db, activityFrom));
  return data;
}

describe("Insights' copy of the activity", () => {
  it('is read on a later visit, and a clock-out stored since in a past week shows there', async () => {
    const db = await withWorkdays(['2026-11-03', '2026-11-10', '2026-11-17']);
    expect(hoursIn(await shownAt(db, now), '2026-11-02')).toBe(8 * HOUR_MS);
    expect(await getMeta(db.transaction('meta').store, 'insights-activity')).toBeDefined();

    // Noted late, as a wake after a gap does: the user clocked out at noon that Tuesday.
    await recordTransition(db, { at: at('2026-11-03T12:00:00Z'), state: 'clock-out' });

    const later = await shownAt(db, new Date(now.getTime() + 60_000));
    expect(hoursIn(later, '2026-11-02')).toBe(3 * HOUR_MS);
    expect(hoursIn(later, '2026-11-09')).toBe(8 * HOUR_MS);
  });

  it('follows an import into past weeks and its Undo', async () => {
    const db = await withWorkdays(['2026-11-17']);
    expect(hoursIn(await shownAt(db, now), '2026-10-26')).toBe(0);

    const backup = aBackup();
    // A clock-in before the window is the clock state the window starts in: Undo takes it back.
    backup.activity = [
      { at: at('2026-08-20T09:00:00Z'), state: 'clock-in' },
      ...workday('2026-10-27', '15:30').filter((one) => one.state !== 'clock-in'),
      { at: at('2026-10-27T09:00:00Z'), state: 'clock-in' },
    ];
    const undo = await importBackup(db, backup, now.getTime());
    expect(hoursIn(await shownAt(db, now), '2026-10-26')).toBe(6.5 * HOUR_MS);

    await undoImport(db, undo, now.getTime());
    expect(hoursIn(await shownAt(db, now), '2026-10-26')).toBe(0);
  });

  it('leaves out a clock-in from before the window once an Undo takes it back', async () => {
    const db = await withWorkdays(['2026-09-01']);
    const backup = aBackup();
    backup.activity = [{ at: at('2026-08-20T09:00:00Z'), state: 'clock-in' }];
    const undo = await importBackup(db, backup, now.getTime());
    await shownAt(db, now);

    await undoImport(db, undo, now.getTime());
    const data = await shownAt(db, now);
    expect(data.activity.some((one) => one.at === at('2026-08-20T09:00:00Z'))).toBe(false);
  });

  it('drops a copy once a transition it holds is gone, even one deleted outside Tend', async () => {
    const db = await withWorkdays(['2026-11-03', '2026-11-10']);
    await shownAt(db, now);
    const tx = db.transaction('activity', 'readwrite');
    const idle = await tx.store.index('by-at').getKey(at('2026-11-03T17:00:00Z'));
    await Promise.all([tx.store.delete(idle as number), tx.done]);

    // With the idle gone, that Tuesday runs on until the next clock-in's day.
    const data = await shownAt(db, new Date(now.getTime() + 60_000));
    expect(hoursIn(data, '2026-11-02')).toBeGreaterThan(8 * HOUR_MS);
  });

  it("packs again a copy an earlier Tend stored, which counted the window's transitions", async () => {
    const db = await withWorkdays(['2026-11-03', '2026-11-10']);
    await shownAt(db, now);
    const meta = db.transaction('meta', 'readwrite');
    const copy = await getMeta(meta.store, 'insights-activity');
    // Its fields as it stored them: no first key, and a count of the window's transitions.
    const earlier: Partial<typeof copy> = { ...copy!, count: 6 };
    delete earlier.firstId;
    await Promise.all([meta.store.put(earlier as never, 'insights-activity'), meta.done]);

    await recordTransition(db, { at: at('2026-11-03T12:00:00Z'), state: 'clock-out' });
    expect(hoursIn(await shownAt(db, now), '2026-11-02')).toBe(3 * HOUR_MS);
    expect(await getMeta(db.transaction('meta').store, 'insights-activity')).toHaveProperty(
      'firstId',
    );
  });

  it('carries no clock-in older than a week into a later window, as the store does not', async () => {
    const db = await openDb();
    await saveSettings(db, defaultSettings('Europe/London'));
    const tx = db.transaction('activity', 'readwrite');
    const transitions: ActivityTransition[] = [
      { at: at('2026-08-20T09:00:00Z'), state: 'active' },
      { at: at('2026-08-27T08:00:00Z'), state: 'clock-in' },
      { at: at('2026-08-27T18:00:00Z'), state: 'idle' },
      { at: at('2026-09-10T09:00:00Z'), state: 'active' },
      { at: at('2026-11-17T09:00:00Z'), state: 'idle' },
    ];
    await Promise.all([...transitions.map((one) => tx.store.add(one)), tx.done]);
    // The copy packed on the 18th holds the clock-in, carried into that window; a week on,
    // the window starts 7 September, and a clock-in from 27 August can no longer count.
    await shownAt(db, now);
    const later = await shownAt(db, new Date(now.getTime() + 7 * DAY_MS));
    expect(later.activity.some((one) => one.state === 'clock-in')).toBe(false);
  });

  it('reads the same as the store as the days and the weeks go by', async () => {
    const db = await withWorkdays(['2026-08-28', '2026-09-01', '2026-09-08', '2026-11-16']);
    await shownAt(db, now);
    for (const days of [0.5, 1, 2, 6, 8, 15]) {
      const when = new Date(now.getTime() + days * DAY_MS);
      await recordTransition(db, { at: when.getTime() - 60_000, state: 'active' });
      await shownAt(db, when);
      // The first visit of a day stores a copy up to that day; the next ones read it.
      await shownAt(db, when);
    }
  });
});
