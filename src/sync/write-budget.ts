import { HOUR_MS, MINUTE_MS } from '../domain/time-units';
import { OWN_WRITES_PER_HOUR, OWN_WRITES_PER_MINUTE } from './limits';

/**
 * The writes this computer made to the sync area in the last hour, and its back-off after a
 * quota error. Chrome counts every set, remove and clear against 120 a minute and 1 800 an
 * hour per computer; the background keeps this in storage.local between wakes.
 */
export interface WriteBudget {
  /** When each write of the last hour was made. */
  writes: number[];
  /** Quota errors in a row. */
  failures: number;
  /** No write before this instant. */
  pausedUntil: number;
}

export const freshBudget = (): WriteBudget => ({ writes: [], failures: 0, pausedUntil: 0 });

/** The earliest instant, from `now`, at which `count` more writes keep within Tend's limits. */
export function nextWriteAt(budget: WriteBudget, now: number, count: number): number {
  let at = Math.max(now, budget.pausedUntil);
  const writes = budget.writes.filter((time) => time > now - HOUR_MS).sort((a, b) => a - b);
  for (const [limit, window] of [
    [OWN_WRITES_PER_MINUTE, MINUTE_MS],
    [OWN_WRITES_PER_HOUR, HOUR_MS],
  ] as const) {
    // Wait until the oldest writes leave the window and `count` more fit.
    const inWindow = writes.filter((time) => time > at - window);
    const excess = inWindow.length + count - limit;
    if (excess > 0) at = Math.max(at, (inWindow[excess - 1] as number) + window);
  }
  return at;
}

/** The budget after `count` writes at `now`. */
export const spend = (budget: WriteBudget, now: number, count: number): WriteBudget => ({
  ...budget,
  writes: [...budget.writes.filter((time) => time > now - HOUR_MS), ...Array(count).fill(now)],
});

/** The budget after a write that worked. */
export const succeeded = (budget: WriteBudget): WriteBudget => ({ ...budget, failures: 0 });

/** The budget after a quota error: a minute's pause, doubling to an hour. */
export function backOff(budget: WriteBudget, now: number): WriteBudget {
  const failures = budget.failures + 1;
  return {
    ...budget,
    failures,
    pausedUntil: now + Math.min(MINUTE_MS * 2 ** (failures - 1), HOUR_MS),
  };
}
