import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup-import';
import { setException } from '../../src/db/meta';
import { migrations } from '../../src/db/migrations';
import { openDatabase, openDb, type TendDatabase } from '../../src/db/open';
import { loadPlannerState } from '../../src/db/planner-state';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { DB_NAME } from '../../src/db/schema';
import { plan } from '../../src/domain/plan';
import { aBackup, NOW } from '../domain/backup-fixture';
import { at } from './factories';

// Noon in London on Tuesday 24 November 2026: already Wednesday the 25th at Kiritimati (+14).
const WAKE = new Date(at('2026-11-24T12:00:00Z'));

let db: TendDatabase;

beforeEach(async () => {
  db = await openDb();
  await importBackup(db, aBackup(), NOW);
});

async function freshRead() {
  const other = await openDatabase(DB_NAME, migrations);
  const fresh = await loadPlannerState(other, WAKE);
  other.close();
  return fresh;
}

describe('a wake after the settings changed reads what the new settings reach', () => {
  it('the day exceptions of another time zone, and a longer reach of the nudge log', async () => {
    await loadPlannerState(db, WAKE);
    const settings = await loadSettings(db);
    await saveSettings(db, {
      ...settings,
      schedule: { ...settings.schedule, timeZone: 'Pacific/Kiritimati' },
      network: { ...settings.network, reconnectGapDays: settings.network.reconnectGapDays + 60 },
    });
    // On call on Thursday the 26th there: tomorrow for that zone, two days on for London.
    const onCall = { date: '2026-11-26', kind: 'on-call', until: null } as const;
    await setException(db, onCall.date, onCall);
    const read = await loadPlannerState(db, WAKE);
    expect(read.exceptions).toContainEqual(onCall);
    const fresh = await freshRead();
    expect(read).toEqual(fresh);
    expect(plan(read, WAKE)).toEqual(plan(fresh, WAKE));
  });
});

describe('a wake reads the day exceptions', () => {
  it('of yesterday, today and tomorrow where the hours are kept, and no others', async () => {
    const dates = [
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ];
    for (const date of dates) await setException(db, date, { date, kind: 'on-call', until: null });
    const read = await loadPlannerState(db, WAKE);
    // The backup's own exceptions are of other days.
    expect(read.exceptions.map((exception) => exception.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
  });
});
