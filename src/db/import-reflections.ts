import type { Reflection } from '../domain/types';
import type { AllStores } from './backup';

/**
 * Puts the file's reflections, each in the place of the one stored for its week under another
 * id (the week is unique in the store), and gives what Undo needs: the stored ones replaced
 * or displaced, the ids added, and the reflections these writes leave stored. Worked out from
 * `stored` (every reflection before the import), so no request waits for the one before.
 */
export async function writeReflections(
  tx: AllStores<'readwrite'>,
  incoming: readonly Reflection[],
  stored: readonly Reflection[],
): Promise<{ replaced: Reflection[]; added: string[]; written: Reflection[] }> {
  const store = tx.objectStore('reflections');
  const before = new Map(stored.map((one) => [one.id, one]));
  const now = new Map(before);
  const weekOf = new Map(stored.map((one) => [one.weekStart, one.id]));
  const replaced = new Map<string, Reflection>();
  const added: string[] = [];
  const requests: Promise<unknown>[] = [];
  for (const reflection of incoming) {
    const sameWeek = weekOf.get(reflection.weekStart);
    if (sameWeek !== undefined && sameWeek !== reflection.id) {
      const displaced = before.get(sameWeek);
      if (displaced) replaced.set(sameWeek, displaced);
      now.delete(sameWeek);
      requests.push(store.delete(sameWeek));
    }
    const held = before.get(reflection.id);
    if (held) replaced.set(reflection.id, held);
    else added.push(reflection.id);
    const earlierWeek = now.get(reflection.id)?.weekStart;
    if (earlierWeek !== undefined) weekOf.delete(earlierWeek);
    weekOf.set(reflection.weekStart, reflection.id);
    now.set(reflection.id, reflection);
    requests.push(store.put(reflection));
  }
  // Each is caught as it is made: when one fails, the aborted rest are no unhandled rejection.
  for (const request of requests) request.catch(() => undefined);
  await Promise.all(requests);
  const written = [...added, ...replaced.keys()].flatMap((id) => now.get(id) ?? []);
  return { replaced: [...replaced.values()], added, written };
}
