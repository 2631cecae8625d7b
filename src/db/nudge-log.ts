import type { Nudge } from '../domain/nudge';
import type { ClaimedNudge } from '../domain/replay';
import type { NudgeLogEntry } from '../domain/types';
import type { TendDatabase } from './open';
import type { LoggedNudge } from './schema';

/**
 * Records the nudges about to be shown and returns only those no other wake recorded
 * first: readwrite transactions on one store run one at a time, so two wakes racing
 * (an alarm and an idle change) never show the same nudge twice. Each stays pending, with
 * what it takes to show it (`notify`: the keys to show as notifications), until
 * `markShown`.
 */
export async function claimNudges<N extends Nudge>(
  db: TendDatabase,
  nudges: readonly N[],
  claimedAt: number,
  notify: ReadonlySet<string> = new Set(),
): Promise<N[]> {
  if (nudges.length === 0) return [];
  const tx = db.transaction('nudgeLog', 'readwrite');
  const claimed: N[] = [];
  for (const nudge of nudges) {
    if (await tx.store.getKey(nudge.key)) continue;
    const entry: LoggedNudge = {
      key: nudge.key,
      kind: nudge.kind,
      shownAt: claimedAt,
      pending: { nudge, notify: notify.has(nudge.key) },
    };
    await tx.store.put(entry);
    claimed.push(nudge);
  }
  await tx.done;
  return claimed;
}

/** The nudges claimed from `since` on and not yet shown, the oldest first. */
export async function unshownNudges(db: TendDatabase, since: number): Promise<ClaimedNudge[]> {
  const entries = await db.getAllFromIndex('nudgeLog', 'by-shownAt', IDBKeyRange.lowerBound(since));
  return unshownIn(entries, since);
}

/**
 * As `unshownNudges`, from log entries already read in the 'by-shownAt' order (the planner's:
 * loadPlannerState reads them as stored, pending included).
 */
export function unshownIn(entries: readonly NudgeLogEntry[], since: number): ClaimedNudge[] {
  return (entries as readonly LoggedNudge[]).flatMap(({ pending, shownAt }) =>
    pending && shownAt >= since ? [{ ...pending, claimedAt: shownAt }] : [],
  );
}

// Nudges this worker marked shown (an answer, a delivery), counted: a wake that has the log
// from its own earlier read knows whether one was answered since, and then reads it again.
let marked = 0;

/** How many times this context has begun marking nudges shown. */
export function markedSoFar(): number {
  return marked;
}

/** The nudges `keys` were delivered (or will never need to be): no wake shows them again. */
export async function markShown(db: TendDatabase, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const tx = db.transaction('nudgeLog', 'readwrite');
  // Counted as the transaction starts: a read begun after this sees what it writes.
  marked += 1;
  for (const key of keys) {
    const entry = await tx.store.get(key);
    if (!entry?.pending) continue;
    await tx.store.put({ key: entry.key, kind: entry.kind, shownAt: entry.shownAt });
  }
  await tx.done;
}

/** Log entries shown from `since` on. */
export async function nudgeLogSince(db: TendDatabase, since: number): Promise<NudgeLogEntry[]> {
  return db.getAllFromIndex('nudgeLog', 'by-shownAt', IDBKeyRange.lowerBound(since));
}

/** Every time-zone question ever asked (the planner asks each one once, however long ago). */
export async function timeZoneQuestions(db: TendDatabase): Promise<NudgeLogEntry[]> {
  return db.getAll('nudgeLog', IDBKeyRange.bound('time-zone:', 'time-zone:\uffff'));
}
