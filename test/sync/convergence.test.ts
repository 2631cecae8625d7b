import { describe, expect, it } from 'vitest';
import { fieldsByRecord, Oracle } from './support/oracle';
import { idMaker, randomEdit, randomStep } from './support/random-edits';
import { seeded } from '../support/seeded';
import { syncedView, World } from './support/world';

const SEQUENCES = Number(process.env.SYNC_SEQUENCES ?? 1000);
// SYNC_SEED=n plays sequence n alone, to look into a failure.
const FIRST = Number(process.env.SYNC_SEED ?? 1);
const LAST = process.env.SYNC_SEED ? FIRST : SEQUENCES;
const STEPS = 40;
const MINUTE = 60_000;

/**
 * One seeded sequence on two or three computers, then every computer online until they are
 * quiet. Half the sequences run on clocks that agree, and are checked against the rule; the
 * others on clocks minutes apart (now and then an hour behind), and toggle notes.
 */
async function play(seed: number) {
  const random = seeded(seed);
  const count = random() < 0.5 ? 2 : 3;
  const exact = random() < 0.5;
  const skews = Array.from({ length: count }, () =>
    exact ? 0 : random() < 0.1 ? -60 * MINUTE : Math.floor((random() - 0.5) * 10 * MINUTE),
  );
  const world = new World(skews, random, exact ? new Oracle() : null);
  const rules = { exact, newId: idMaker() };
  for (const computer of world.computers) {
    computer.data.options.includeNotes = exact;
    // What each computer had before sync was turned on: joining merges both sides.
    for (let i = random() * 4; i > 0; i--) randomEdit(computer.data, random, computer.now(), rules);
  }
  await world.join();
  for (let step = 0; step < STEPS; step++) await randomStep(world, random, rules);
  await world.reconcile();
  return world;
}

describe('computers editing apart', () => {
  it(`end with the same data, within quota and rate limits, and skip only passes that change nothing (${SEQUENCES} seeded sequences)`, async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let records = 0;
    let skippable = 0;
    for (let seed = FIRST; seed <= LAST; seed++) {
      const context = `seed ${seed} (SYNC_SEED=${seed} replays it)`;
      const world = await play(seed);
      const [first, ...others] = world.computers;
      const horizon = first!.horizon();
      const expected = syncedView(first!.data, horizon);
      for (const computer of world.computers) {
        expect(computer.area.refusals, context).toEqual([]);
        expect(computer.area.matchesServer(), context).toBe(true);
        expect(computer.horizon(), context).toBe(horizon);
      }
      for (const computer of others) {
        expect(syncedView(computer.data, horizon), context).toEqual(expected);
      }
      expect(world.oracle?.departures(fieldsByRecord(first!.data)) ?? [], context).toEqual([]);
      records += fieldsByRecord(first!.data).size;
      skippable += world.computers.reduce((sum, computer) => sum + computer.skippable, 0);
    }
    // Each computer checks, at every pass, that one the background would skip changes nothing.
    expect(skippable).toBeGreaterThan(0);
    const ms = Math.round(performance.now() - started);
    const cpuMs = Math.round(process.cpuUsage(cpu).user / 1000);
    console.debug(
      `sync: ${LAST - FIRST + 1} sequences, ${records} records at the end, ${skippable} passes the background would skip, ${ms} ms (${cpuMs} ms of CPU)`,
    );
  }, 120_000);
});
