import { afterAll } from 'vitest';

/**
 * Runs the test file with the browser's clock in `zone`, as a user's would be: the
 * background compares it with the schedule's zone (and asks about a move when they differ),
 * and the file's local times are read in it, so no test depends on the zone of the machine
 * it runs on. Call it before anything reads a time; Node reads TZ afresh.
 */
export function browserIn(zone: string): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
