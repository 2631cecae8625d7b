import { describe, expect, it } from 'vitest';
import { changeCheckIn, deleteCheckIn, listCheckIns, saveCheckIn } from '../../src/db/check-ins';
import { openDb } from '../../src/db/open';
import type { CheckIn } from '../../src/domain/types';

const supervision: CheckIn = {
  id: 'sup',
  title: 'Supervision',
  kind: 'supervision',
  contactIds: ['sam'],
  mode: 'in-person',
  place: 'Room 2',
  link: '',
  startDate: '2026-11-24',
  startTime: '10:00',
  timeZone: 'Europe/London',
  durationMinutes: 60,
  recurrence: { kind: 'weekly', everyWeeks: 2, weekdays: [2], until: null },
  skipped: [],
  moved: {},
  reminderMinutesBefore: 15,
  paused: false,
};

describe('check-ins in the database', () => {
  it('are listed by title, and a deleted one comes back exactly with undo', async () => {
    const db = await openDb();
    await saveCheckIn(db, supervision);
    await saveCheckIn(db, { ...supervision, id: 'walk', title: 'a walk together' });
    expect((await listCheckIns(db)).map((one) => one.id)).toEqual(['walk', 'sup']);
    const deleted = await deleteCheckIn(db, 'sup');
    expect((await listCheckIns(db)).map((one) => one.id)).toEqual(['walk']);
    await saveCheckIn(db, deleted);
    expect(await db.get('checkIns', 'sup')).toEqual(supervision);
  });

  it('skip one occurrence in a single change, and refuse a check-in that is gone', async () => {
    const db = await openDb();
    await saveCheckIn(db, supervision);
    await changeCheckIn(db, 'sup', (one) => ({ ...one, skipped: [...one.skipped, '2026-12-08'] }));
    expect((await db.get('checkIns', 'sup'))?.skipped).toEqual(['2026-12-08']);
    await expect(changeCheckIn(db, 'gone', (one) => one)).rejects.toThrow('missing-check-in');
    await expect(deleteCheckIn(db, 'gone')).rejects.toThrow('missing-check-in');
  });
});
