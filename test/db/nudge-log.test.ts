import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/db/backup';
import { claimNudges, markShown, nudgeLogSince, unshownNudges } from '../../src/db/nudge-log';
import { openDb } from '../../src/db/open';
import type { BoundaryNudge, WrapUpNudge } from '../../src/domain/nudge';

const boundary: BoundaryNudge = {
  key: 'boundary:2026-11-23:0',
  kind: 'boundary',
  dueAt: 100,
  workdayEndsAt: 100,
};
const wrapUp: WrapUpNudge = {
  key: 'wrap-up:2026-11-23',
  kind: 'wrap-up',
  dueAt: 50,
  workdayEndsAt: 100,
  minutesLeft: 15,
};

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

describe('a nudge claimed and not yet shown', () => {
  it('stays pending, with what it takes to show it, until it is marked shown', async () => {
    const db = await openDb();
    await claimNudges(db, [boundary, wrapUp], 100, new Set([boundary.key]));
    expect(await unshownNudges(db, 0)).toEqual([
      { nudge: boundary, notify: true, claimedAt: 100 },
      { nudge: wrapUp, notify: false, claimedAt: 100 },
    ]);
    await markShown(db, [boundary.key]);
    expect((await unshownNudges(db, 0)).map(({ nudge }) => nudge.key)).toEqual([wrapUp.key]);
    // Still claimed: no wake hands it out again.
    expect(await claimNudges(db, [boundary], 200)).toEqual([]);
  });

  it('goes in no backup: a backup holds what was shown when, and no more', async () => {
    const db = await openDb();
    await claimNudges(db, [boundary], 100, new Set([boundary.key]));
    const backup = await exportBackup(db, new Date(1000));
    expect(backup.nudgeLog).toEqual([{ key: boundary.key, kind: 'boundary', shownAt: 100 }]);
  });
});
