import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliverDue } from '../../src/background/deliver';
import { claimNudges, markedSoFar, markShown } from '../../src/db/nudge-log';
import { openDb } from '../../src/db/open';
import { loadPlannerState } from '../../src/db/planner-state';
import type { BoundaryNudge } from '../../src/domain/nudge';
import type { Plan } from '../../src/domain/plan';
import { installFakeIdle } from '../support/fake-idle';

const NOW = Date.parse('2026-11-23T16:55:00Z');
const boundary: BoundaryNudge = {
  key: 'boundary:2026-11-23:0',
  kind: 'boundary',
  dueAt: NOW - 60_000,
  workdayEndsAt: NOW + 5 * 60_000,
};
const NOTHING_DUE: Plan = { due: [], listed: [], nextAt: null, next: null, upcoming: [] };

// A worker stopped after claiming the nudge and before showing it: the next wake shows it.
async function leftByAStoppedWorker() {
  installFakeIdle('active');
  const db = await openDb();
  await claimNudges(db, [boundary], NOW - 60_000, new Set([boundary.key]));
  return db;
}

describe('a wake shows what a stopped worker claimed', () => {
  it('from the log its plan read', async () => {
    const db = await leftByAStoppedWorker();
    const marked = markedSoFar();
    const state = await loadPlannerState(db, new Date(NOW));
    const { notified } = await deliverDue(db, state, NOTHING_DUE, NOW, marked);
    expect(notified).toEqual([boundary.key]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([boundary.key]);
  });

  it('but not one the user answered after the plan read the log', async () => {
    const db = await leftByAStoppedWorker();
    const marked = markedSoFar();
    const state = await loadPlannerState(db, new Date(NOW));
    await markShown(db, [boundary.key]);
    const { notified } = await deliverDue(db, state, NOTHING_DUE, NOW, marked);
    expect(notified).toEqual([]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
