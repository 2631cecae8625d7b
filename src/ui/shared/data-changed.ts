import { onCleanup } from 'solid-js';
import { sameData } from '../../db/edit-conflict';
import type { DataChange } from '../../messages';
import { dataChanged } from '../../storage/data-changed';
import { onSyncedIn } from '../../storage/sync';

// This page, among the open ones: its own notes are not news to it.
const PAGE = crypto.randomUUID();

/** After a page's write: tells every other open page that `what` changed. */
export async function noteChange(what: DataChange): Promise<void> {
  await dataChanged.setValue({ what, page: PAGE, change: crypto.randomUUID() });
}

/**
 * Calls `refresh` whenever another page (another tab or window) writes one of `whats`, or a
 * sync pass brings another computer's change in, for as long as the component that asks is
 * on screen. A form open meanwhile keeps what is typed in
 * it; its save then finds the change and asks the user (EditConflict).
 */
export function onChangeElsewhere(whats: readonly DataChange[], refresh: () => void): void {
  const stop = dataChanged.watch((note) => {
    if (note && note.page !== PAGE && whats.includes(note.what)) refresh();
  });
  const stopSynced = onSyncedIn(refresh);
  const here = { whats, refresh };
  listeners.add(here);
  onCleanup(() => {
    stop();
    stopSynced();
    listeners.delete(here);
  });
}

// The lists on this page that follow changes made elsewhere.
const listeners = new Set<{ whats: readonly DataChange[]; refresh: () => void }>();

/**
 * This page's lists of `what` read their data again, as for a change made elsewhere: after
 * the user chose to keep a change another tab made, which this page has not shown yet.
 */
export function refreshHere(what: DataChange): void {
  for (const listener of listeners) if (listener.whats.includes(what)) listener.refresh();
}

/**
 * `after`, with each record equal to the one of the same id in `before` replaced by that one:
 * a list read again after a change elsewhere keeps its unchanged rows (and a form open in one)
 * as they are on screen.
 */
export function keepSame<T extends { id: string }>(before: readonly T[], after: T[]): T[] {
  const byId = new Map(before.map((record) => [record.id, record]));
  return after.map((record) => {
    const shown = byId.get(record.id);
    return shown && sameData(shown, record) ? shown : record;
  });
}
