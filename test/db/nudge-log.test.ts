import { describe, expect, it } from 'vitest';
import { claimNudges, nudgeLogSince } from '../../src/db/nudge-log';
import { openDb } from '../../src/db/open';
import type { Nudge } from '../../src/domain/nudge';

const boundary: Pick<Nudge, 'key' | 'kind'> = { key: 'boundary:2026-11-23:0', kind: 'boundary' };
const wrapUp: Pick<Nudge, 'key' | 'kind'> = { key: 'wrap-up:2026-11-23', kind: 'wrap-up' };

describe('the nudge log', () => {
  it('lets only one of two racing wakes show a nudge', async () => {
    const db = await openDb();
    const [first, second] = await Promise.all([
      claimNudges(db, [boundary, wrapUp], 100),
      claimNudges(db, [boundary, wrapUp], 100),
    ]);
    expect([...first!, ...second!].map((nudge) => nudge.key).sort()).toEqual([
      boundary.key,
      wrapUp.key,
    ]);
    expect(await nudgeLogSince(db, 0)).toHaveLength(2);
  });

  it('never hands out a nudge that was already shown', async () => {
    const db = await openDb();
    await claimNudges(db, [boundary], 100);
    expect(await claimNudges(db, [boundary, wrapUp], 200)).toEqual([wrapUp]);
  });
});
