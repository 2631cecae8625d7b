// Where a wake's time goes, phase by phase, on the benchmark's heavy profile in
// fake-indexeddb: `npx vitest run --config bench/wake-profile.config.ts`. The absolute
// figures are Node's and fake-indexeddb's, not Chromium's; the split is what it is for.
// Set WAKE_PROFILE_RUNS to change the number of timed wakes per moment (default 40), and
// WAKE_PROFILE_SCALE to seed 3× or 10× the profile (people up to 3 000), as `--scale` does.
import { TZDate } from '@date-fns/tz';
import { IDBFactory } from 'fake-indexeddb';
import { it, vi } from 'vitest';
import { scheduleWake } from '../src/background/alarm';
import { queryIdleState, recordIdleState } from '../src/background/idle';
import { activitySince } from '../src/db/activity';
import { interactionsSince, lastGatheringBefore } from '../src/db/interactions';
import { exceptionsAround, pausedUntil, snoozes } from '../src/db/meta';
import { claimNudges, nudgeLogSince } from '../src/db/nudge-log';
import { closeDb, openDb } from '../src/db/open';
import { loadPlannerState } from '../src/db/planner-state';
import { loadSettings } from '../src/db/settings';
import { busyIntervals } from '../src/domain/busy';
import { buildPopupView } from '../src/domain/build-popup-view';
import { plan } from '../src/domain/plan';
import { breakNudges } from '../src/domain/rules/breaks';
import { checkInNudges } from '../src/domain/rules/check-ins';
import { endOfDayNudges } from '../src/domain/rules/end-of-day';
import { gatheringNudges } from '../src/domain/rules/gathering';
import { hoursLimitNudges } from '../src/domain/rules/hours-limit';
import { reconnectNudges } from '../src/domain/rules/reconnect';
import type { PlannerState } from '../src/domain/planner-state';
import { installFakeIdle } from '../test/support/fake-idle';
// @ts-expect-error -- a plain Node module without types; its shapes are src/domain/types.ts's.
import { seedData } from './seed.mjs';

const RUNS = Number(process.env.WAKE_PROFILE_RUNS ?? 40);
const SCALE = Number(process.env.WAKE_PROFILE_SCALE ?? 1);
const ZONE = 'Europe/London';
// A Tuesday in the workday and the reconnect window, near its end, after it, and a Saturday.
const MOMENTS = ['2026-11-24T11:00', '2026-11-24T16:50', '2026-11-24T19:30', '2026-11-28T12:00'];

type Timings = Record<string, number[]>;

function record(timings: Timings, name: string, ms: number) {
  (timings[name] ??= []).push(ms);
}

async function timed<T>(timings: Timings, name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  record(timings, name, performance.now() - start);
  return result;
}

function timedSync<T>(timings: Timings, name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  record(timings, name, performance.now() - start);
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

async function seed(at: number) {
  // A fresh, empty database for each moment.
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  const data = seedData(at, undefined, SCALE);
  const db = await openDb();
  const stores = ['contacts', 'interactions', 'checkIns', 'activity'] as const;
  for (const store of stores) {
    const tx = db.transaction(store, 'readwrite');
    for (const record of data[store]) void tx.store.put(record);
    await tx.done;
  }
  await db.put('settings', data.settings, 'current');
}

// The wake of src/background/wake.ts, phase by phase (showNudge left out: nothing is
// shown in a steady wake, which is what the benchmark times; the popup's view is built,
// not stored).
async function wakeOnce(timings: Timings, at: Date) {
  const start = performance.now();
  const db = await timed(timings, 'openDb', () => openDb());
  const settings = await timed(timings, 'loadSettings', () => loadSettings(db));
  await timed(timings, 'idle state', async () => {
    const state = await queryIdleState(settings.idleThresholdSeconds);
    if (state) await recordIdleState(db, state, settings.idleThresholdSeconds);
  });
  const state = await timed(timings, 'loadPlannerState', () => loadPlannerState(db, at, settings));
  const result = timedSync(timings, 'plan', () => plan(state, at));
  timedSync(timings, 'buildPopupView', () => buildPopupView(state, at, result));
  const fresh = await timed(timings, 'claimNudges', () =>
    claimNudges(db, result.due, at.getTime()),
  );
  await timed(timings, 'scheduleWake', () => scheduleWake(result.nextAt));
  record(timings, 'WAKE TOTAL', performance.now() - start);
  return { state, fresh };
}

// The planner state's reads one by one, and each rule alone, to find the heavy part.
async function parts(timings: Timings, at: Date, state: PlannerState) {
  const db = await openDb();
  const now = at.getTime();
  const day = 86_400_000;
  await timed(timings, '  read activity (8 days)', () => activitySince(db, now - 8 * day));
  await timed(timings, '  read nudge log', () => nudgeLogSince(db, now - 7 * day));
  await timed(timings, '  read contacts', () => db.getAll('contacts'));
  await timed(timings, '  read exceptions', () => exceptionsAround(db, ZONE, at));
  await timed(timings, '  read pause+snoozes', () => Promise.all([pausedUntil(db), snoozes(db)]));
  await timed(timings, '  read interactions (3 days)', () => interactionsSince(db, now - 3 * day));
  await timed(timings, '  read checkIns', () => db.getAll('checkIns'));
  await timed(timings, '  lastGatheringBefore', () => lastGatheringBefore(db, now));
  timedSync(timings, '  busyIntervals', () => busyIntervals(state.checkIns, at));
  const rules = {
    endOfDay: endOfDayNudges,
    reconnect: reconnectNudges,
    breaks: breakNudges,
    hoursLimit: hoursLimitNudges,
    checkIns: checkInNudges,
    gathering: gatheringNudges,
  };
  for (const [name, rule] of Object.entries(rules)) {
    timedSync(timings, `  rule ${name}`, () => rule(state, at));
  }
}

it('profiles a wake on the heavy profile', async () => {
  // Only Date.now is moved: vitest's fake Date would make every date slower than Chromium's.
  const clock = vi.spyOn(Date, 'now');
  installFakeIdle('active');
  const all: Timings = {};
  const lines: string[] = [];
  for (const moment of MOMENTS) {
    // A plain Date, as now() gives the wake: a TZDate would make date-fns slower than it is.
    const at = new Date(new TZDate(moment, ZONE).getTime());
    clock.mockReturnValue(at.getTime());
    await seed(at.getTime());
    // The first wake records what is due; the benchmark times the steady ones after it.
    await wakeOnce({}, at);
    const timings: Timings = {};
    let state: PlannerState | null = null;
    for (let run = 0; run < RUNS; run += 1) ({ state } = await wakeOnce(timings, at));
    for (let run = 0; run < RUNS; run += 1) if (state) await parts(timings, at, state);
    lines.push(`\n${moment} (${ZONE})`);
    for (const [name, values] of Object.entries(timings)) {
      lines.push(`${name.padEnd(32)} ${median(values).toFixed(2).padStart(8)} ms`);
      for (const value of values) record(all, name, value);
    }
  }
  lines.push('\nall moments');
  for (const [name, values] of Object.entries(all)) {
    lines.push(`${name.padEnd(32)} ${median(values).toFixed(2).padStart(8)} ms`);
  }
  console.warn(lines.join('\n'));
});
