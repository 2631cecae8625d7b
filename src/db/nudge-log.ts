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
  return entries.flatMap(({ pending, shownAt }) =>
    pending ? [{ ...pending, claimedAt: shownAt }] : [],
  );
}

/** The nudges `keys` were delivered (or will never need to be): no wake shows them again. */
export async function markShown(db: TendDatabase, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const tx = db.transaction('nudgeLog', 'readwrite');
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
