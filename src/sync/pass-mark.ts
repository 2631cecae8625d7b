import type { SyncRun } from './run-sync';
import type { Shadow } from './shadow';

/**
 * What a pass that changed nothing was given, kept so the next one can tell it would change
 * nothing either and be skipped. A pass is a function of this computer's synced data, its
 * shadow, the whole sync area, the notes choice and Tend's own version: the time only stamps
 * local changes and paces writes, and a pass that changed nothing made neither. With sync on,
 * every wake ran a pass, and each read and merged everything synced (140 ms a wake, at the
 * benchmark's seed profile); most found nothing new.
 */
export interface PassMark {
  /** The database's generation (people, check-ins, connections) the pass read at. */
  generation: string;
  /** The settings record as the pass read it (`asRead`). */
  settings: string;
  /** The whole sync area as the pass read it (`asRead`). */
  remote: string;
  includeNotes: boolean;
  /** Tend's version: a newer one may sync more, or pack it otherwise. */
  version: string;
}

/**
 * The text a value read is compared by: its JSON, kept whole (the sync area is at most
 * 100 KB), so the comparison is exact. Object keys count in the order they come: a value read
 * twice from the same store reads the same, and one read in another order only costs a pass.
 */
export const asRead = (value: unknown): string => JSON.stringify(value) ?? '';

/**
 * Whether `run` changed nothing: no local write, no write to the sync area (made or waiting),
 * no error, and the shadow it leaves the same as `before`. Only then may what it was given
 * mark the next pass as one to skip: that pass, given the same, would do the same.
 */
export function changedNothing(run: SyncRun, before: Shadow): boolean {
  const { result } = run;
  return (
    run.error === null &&
    run.retryAt === null &&
    result.local.length === 0 &&
    result.remove.length === 0 &&
    Object.keys(result.set).length === 0 &&
    asRead(result.shadow) === asRead(before)
  );
}

/** Whether the pass about to run is given what the marked one was: it may be skipped. */
export function sameAsMarked(marked: PassMark | undefined, now: PassMark): boolean {
  return (
    marked !== undefined &&
    (Object.keys(now) as (keyof PassMark)[]).every((key) => marked[key] === now[key])
  );
}
