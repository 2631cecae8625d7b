import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadPlannerState } from '../../src/db/planner-state';
import {
  deleteReflection,
  listReflections,
  reflectionForWeek,
  saveReflection,
} from '../../src/db/reflections';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Reflection } from '../../src/domain/types';
import { at } from './factories';

function aReflection(fields: Partial<Reflection> & Pick<Reflection, 'id' | 'weekStart'>) {
  return {
    energy: 3,
    stress: 2,
    connected: 4,
    supported: null,
    note: '',
    createdAt: at(`${fields.weekStart}T12:00:00Z`),
    ...fields,
  } satisfies Reflection;
}

describe('the reflections store', () => {
  it('keeps one reflection a week: a second save of the week updates the first', async () => {
    const db = await openDb();
    const first = aReflection({ id: 'r1', weekStart: '2026-11-23', energy: 2 });
    await saveReflection(db, first);
    const stored = await saveReflection(
      db,
      aReflection({
        id: 'r2',
        weekStart: '2026-11-23',
        energy: 5,
        createdAt: at('2026-11-28T09:00:00Z'),
      }),
    );
    expect(stored).toEqual({ ...first, energy: 5 });
    expect(await db.getAll('reflections')).toEqual([{ ...first, energy: 5 }]);
    expect(await reflectionForWeek(db, '2026-11-23')).toEqual({ ...first, energy: 5 });
    expect(await reflectionForWeek(db, '2026-11-30')).toBeUndefined();
  });

  it('lists reflections newest week first, whatever order they were written in', async () => {
    const db = await openDb();
    for (const [id, weekStart] of [
      ['b', '2026-11-16'],
      ['c', '2026-11-23'],
      ['a', '2026-11-09'],
    ] as const) {
      await saveReflection(db, aReflection({ id, weekStart }));
    }
    expect((await listReflections(db)).map((one) => one.weekStart)).toEqual([
      '2026-11-23',
      '2026-11-16',
      '2026-11-09',
    ]);
  });

  it('deletes a reflection and gives back all of it, so that undo restores it as it was', async () => {
    const db = await openDb();
    const kept = aReflection({ id: 'r1', weekStart: '2026-11-23', note: 'A long week.' });
    await saveReflection(db, kept);
    const deleted = await deleteReflection(db, 'r1');
    expect(deleted).toEqual(kept);
    expect(await listReflections(db)).toEqual([]);
    await saveReflection(db, deleted!);
    expect(await listReflections(db)).toEqual([kept]);
  });

  it('has nothing to give back for a reflection already deleted', async () => {
    const db = await openDb();
    expect(await deleteReflection(db, 'gone')).toBeNull();
  });

  it('tells the planner which of this week and later have a reflection', async () => {
    const db = await openDb();
    await saveSettings(db, defaultSettings('Europe/London'));
    await saveReflection(db, aReflection({ id: 'last', weekStart: '2026-11-16' }));
    await saveReflection(db, aReflection({ id: 'this', weekStart: '2026-11-23' }));
    // Sunday 29 November, late: still the week of Monday 23 November in London.
    const state = await loadPlannerState(db, new Date(at('2026-11-29T23:30:00Z')));
    expect(state.reflectedWeekStarts).toEqual(['2026-11-23']);
    const monday = await loadPlannerState(db, new Date(at('2026-11-30T00:30:00Z')));
    expect(monday.reflectedWeekStarts).toEqual([]);
  });
});
