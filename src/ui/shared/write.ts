import { openDb, type TendDatabase } from '../../db/open';
import type { PopupView } from '../../domain/popup-view';
import { send, type DataChange } from '../../messages';
import { dropPopupViewCopy } from '../../storage/popup-view-copy';
import { noteChange } from './data-changed';

/** What a write gives back: its own result, and the popup's view planned after it. */
export interface Written<T> {
  result: T;
  /** Null when the background did not answer; the data is written all the same. */
  view: PopupView | null;
}

/**
 * The one way a page changes data. `change` is one write in its own transaction: when it
 * fails nothing was written, and its error reaches the page to say so (and to take back
 * whatever it showed early). Then other open pages hear of it (they read their data again),
 * and the background is told `what` changed, plans again, and answers with the popup's view
 * it stored.
 */
export async function writeAndPlan<T>(
  what: DataChange,
  change: (db: TendDatabase) => Promise<T>,
): Promise<Written<T>> {
  const result = await writeAndNote(what, change);
  return { result, view: await tell(what) };
}

/**
 * `write` for a page that shows nothing the background plans: it goes on once the change is
 * stored and other pages are told, and the background plans meanwhile. After an import of
 * 20 000 connections the page need not wait for a wake that reads them to offer its Undo.
 */
export async function writeWithoutWaitingForPlan<T>(
  what: DataChange,
  change: (db: TendDatabase) => Promise<T>,
): Promise<T> {
  const result = await writeAndNote(what, change);
  // `tell` never rejects: a background that does not answer plans at its next wake.
  void tell(what);
  return result;
}

async function writeAndNote<T>(
  what: DataChange,
  change: (db: TendDatabase) => Promise<T>,
): Promise<T> {
  const result = await change(await openDb());
  // The popup's copy of its last view may say otherwise now: the next popup waits for a read.
  dropPopupViewCopy();
  // Other open pages read their data again; one that could not be told is no failed write.
  await noteChange(what).catch((error: unknown) =>
    console.warn('Tend: other open pages were not told of the change', error),
  );
  return result;
}

/** `writeAndPlan` for a page that needs only what the write itself returns. */
export async function write<T>(
  what: DataChange,
  change: (db: TendDatabase) => Promise<T>,
): Promise<T> {
  return (await writeAndPlan(what, change)).result;
}

/**
 * The one page write nothing plans from: a pass through the guard ("open it for 15
 * minutes"). The background's guard reads the passes afresh at each navigation, and the
 * planner reads none, so there is no one to tell. Still one write in its own transaction.
 */
export async function writeGuardPass<T>(change: (db: TendDatabase) => Promise<T>): Promise<T> {
  return change(await openDb());
}

// A background that cannot answer does not undo a save: its next wake (an alarm, an idle
// change, a browser start) reads the same database and plans from it.
async function tell(what: DataChange): Promise<PopupView | null> {
  try {
    return (await send('data-changed', { what })).view;
  } catch (error) {
    console.warn('Tend: the background will replan at its next wake', error);
    return null;
  }
}
