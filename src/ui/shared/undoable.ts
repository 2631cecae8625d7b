import { createSignal } from 'solid-js';
import { t } from '../../i18n';
import { errorText } from './format';
import type { UndoOffer } from './undo-bar';

/**
 * The changes a list makes, each offering its way back: the Undo on screen, and what did
 * not work. Changes go through `attempt`, which says why one failed.
 */
export function createUndoable() {
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const fail = (error: unknown) => setFailure(t('actionFailed', [errorText(error)]));

  return {
    offer,
    failure,
    /** Offers the way back from what was just done; null takes the last offer away. */
    setOffer,
    fail,
    /** For the Undo bar: taking a change back failed. */
    undoFailed: (message: string) => setFailure(t('actionFailed', [message])),
    /** Runs one change; a failure is shown, not thrown. */
    async attempt(change: () => Promise<unknown>): Promise<void> {
      setFailure(null);
      // The last change's Undo must not stay clickable while this one is written: it would
      // undo the wrong thing.
      setOffer(null);
      try {
        await change();
      } catch (error) {
        fail(error);
      }
    },
  };
}

export type Undoable = ReturnType<typeof createUndoable>;
