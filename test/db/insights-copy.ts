import { expect } from 'vitest';
import { loadInsights } from '../../src/db/insights';
import type { TendDatabase } from '../../src/db/open';

export type Insights = Awaited<ReturnType<typeof loadInsights>>;

/** One of Insights' copies in meta that only hold at the stored generation. */
type CopyKey = 'insights-people' | 'insights-connections';

/** What Insights shows when it reads from the stores: its copy under `key` dropped. */
export async function insightsFromStore(db: TendDatabase, key: CopyKey, visit: Date) {
  await db.delete('meta', key);
  return loadInsights(db, visit);
}

/**
 * Insights visited before `write` (so holding the copy under `key`) and after it shows what a
 * read from the stores shows, and the write changes what `shown` picks of it.
 */
export async function expectFreshAfter(
  db: TendDatabase,
  key: CopyKey,
  visit: Date,
  write: () => Promise<unknown>,
  shown: (data: Insights) => unknown,
) {
  const before = await loadInsights(db, visit);
  await loadInsights(db, visit);
  await write();
  const after = await loadInsights(db, visit);
  expect(after).toEqual(await insightsFromStore(db, key, visit));
  expect(shown(after)).not.toEqual(shown(before));
  return { before, after };
}
