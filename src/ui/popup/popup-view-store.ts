import { batch, createSignal } from 'solid-js';
import { now } from '../../clock';
import { isCurrent } from '../../domain/popup-view';
import { t } from '../../i18n';
import { NewerDatabaseError } from '../../db/newer-database-error';
import { dropPopupViewCopy, keepPopupViewCopy, popupViewCopy } from '../../storage/popup-view-copy';
import {
  freshView,
  keepUnchanged,
  storedView,
  viewAfterChange,
  type PopupView,
} from './load-today';
import { failureText } from './failure';

/**
 * The view the popup shows and the clock it shows it at. It starts from the view the
 * background stored at its last wake, asks for one as of now when that no longer holds, and
 * takes in every newer view: one a wake stored, one a change here was answered with.
 */
export function createPopupView() {
  // The popup's copy of the last view it showed, when it holds: the first frame shows it.
  const copy = popupViewCopy();
  const [view, setView] = createSignal<PopupView | null>(copy?.view ?? null);
  const [clock, setClock] = createSignal(copy?.at ?? 0);
  const [failure, setFailure] = createSignal<string | null>(null);
  let asking = false;

  // A view computed earlier than the one shown (an answer overtaken by a write) is dropped;
  // what did not change is kept, so an open composer or a chosen person stays.
  function show(next: PopupView, at: number) {
    const shown = view();
    if (shown && next.computedAt < shown.computedAt) return;
    batch(() => {
      setView(() => keepUnchanged(shown, next));
      setClock(Math.max(at, next.computedAt));
      setFailure(null);
    });
    keepPopupViewCopy(next, at);
  }

  async function refresh(get: () => Promise<PopupView>) {
    try {
      const next = await get();
      show(next, (await now()).getTime());
    } catch (error) {
      // With a view on screen that still holds (at this moment, not the last tick), it stays;
      // otherwise the user must know, and an older view on screen says it may be out of date.
      const shown = view();
      const at = (await now()).getTime();
      if (isCurrent(shown, at)) console.warn('Tend: the popup could not get a fresh view', error);
      else if (error instanceof NewerDatabaseError) setFailure(t(error.messageKey));
      else setFailure(t(shown ? 'popupStale' : 'loadError', [await failureText(error)]));
    }
  }

  async function askBackground() {
    if (asking) return;
    asking = true;
    await refresh(freshView);
    asking = false;
  }

  return {
    view,
    clock,
    failure,
    /** Shows the view the last wake stored, when it still holds; true if there was one. */
    async showStored(): Promise<boolean> {
      try {
        const { view: stored, at } = await storedView();
        if (stored) show(stored, at);
        else if (copy && view() === copy.view) {
          // No stored view holds (a newer database, everything erased): nor does the copy.
          dropPopupViewCopy();
          setView(null);
        }
      } catch (error) {
        console.warn('Tend: no stored view for the popup', error);
      }
      return view() !== null;
    },
    /** Asks the background for a view as of now (once at a time). */
    askBackground,
    /** After the popup wrote: the view its wake answered with, else the stored or a fresh one. */
    changed(planned: PopupView | null = null) {
      const shown = view();
      void refresh(() => (planned ? Promise.resolve(planned) : viewAfterChange(shown)));
    },
    /** Moves the clock on; past what the view can tell (a shift ended), asks for a new one. */
    async tick() {
      const at = (await now()).getTime();
      setClock(at);
      const shown = view();
      if (shown && !isCurrent(shown, at)) await askBackground();
    },
    /** A view a wake stored while the popup is open. */
    async saved(next: PopupView) {
      show(next, (await now()).getTime());
    },
  };
}
