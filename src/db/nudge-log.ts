import type { Nudge } from '../domain/nudge';
import type { NudgeLogEntry } from '../domain/types';
import type { TendDatabase } from './open';

/**
 * Records the nudges about to be shown and returns only those no other wake recorded
 * first: readwrite transactions on one store run one at a time, so two wakes racing
 * (an alarm and an idle change) never show the same nudge twice.
 */
export async function claimNudges<N extends Pick<Nudge, 'key' | 'kind'>>(
  db: TendDatabase,
  nudges: readonly N[],
  shownAt: number,
): Promise<N[]> {
  if (nudges.length === 0) return [];
  const tx = db.transaction('nudgeLog', 'readwrite');
  const claimed: N[] = [];
  for (const nudge of nudges) {
    if (await tx.store.getKey(nudge.key)) continue;
    const entry: NudgeLogEntry = { key: nudge.key, kind: nudge.kind, shownAt };
    await tx.store.put(entry);
    claimed.push(nudge);
  }
  await tx.done;
  return claimed;
}

/** Log entries shown from `since` on. */
export async function nudgeLogSince(db: TendDatabase, since: number): Promise<NudgeLogEntry[]> {
  return db.getAllFromIndex('nudgeLog', 'by-shownAt', IDBKeyRange.lowerBound(since));
}

/** Every time-zone question ever asked (the planner asks each one once, however long ago). */
export async function timeZoneQuestions(db: TendDatabase): Promise<NudgeLogEntry[]> {
  return db.getAll('nudgeLog', IDBKeyRange.bound('time-zone:', 'time-zone:\uffff'));
}
