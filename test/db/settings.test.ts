import { describe, expect, it } from 'vitest';
import { scheduleChange } from '../../src/db/meta';
import { openDb } from '../../src/db/open';
import { loadSettings, updateSettings } from '../../src/db/settings';

const AT = Date.parse('2026-11-22T10:00:00Z');

describe('saving the settings', () => {
  it('notes a change of the schedule with the schedule before it, in the same save', async () => {
    const db = await openDb();
    const before = (await loadSettings(db)).schedule;
    await updateSettings(
      db,
      (current) => ({
        ...current,
        schedule: {
          ...current.schedule,
          days: {
            ...current.schedule.days,
            6: { start: '10:00', end: '14:00', endsNextDay: false },
          },
        },
      }),
      AT,
    );
    expect(await scheduleChange(db)).toEqual({ at: AT, before });
  });

  it('notes nothing when only other settings change', async () => {
    const db = await openDb();
    await updateSettings(db, (current) => ({ ...current, mutedKinds: ['break'] }), AT);
    expect(await scheduleChange(db)).toBeNull();
  });
});
