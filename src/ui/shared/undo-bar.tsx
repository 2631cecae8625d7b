import { Show } from 'solid-js';
import { t } from '../../i18n';
import { errorText } from './format';
import { Isolating } from './isolating';
import { UndoSlot } from './undo-slot';

/** What was just done, and the way back: shown until the next action or a dismiss. */
export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

/** The status line after a change a click could regret (delete, archive), with Undo. */
export function UndoBar(props: {
  offer: UndoOffer | null;
  onDone: () => void;
  /** Told when undoing failed; the offer stays so the user knows nothing was restored. */
  onError: (message: string) => void;
}) {
  let slot: HTMLDivElement | undefined;
  return (
    <UndoSlot ref={(element) => (slot = element)}>
      <Show when={props.offer}>
        {(offer) => (
          <UndoLine
            offer={offer()}
            slot={() => slot}
            onDone={props.onDone}
            onError={props.onError}
          />
        )}
      </Show>
    </UndoSlot>
  );
}

/** One offer in its slot (undo-slot.tsx): what was done, Undo, and a dismiss. */
export function UndoLine(props: {
  offer: UndoOffer;
  slot: () => HTMLElement | undefined;
  onDone: () => void;
  onError: (message: string) => void;
}) {
  // The buttons go with the offer: focus stays in the slot rather than falling to the page.
  function done() {
    const slot = props.slot();
    const hadFocus = slot?.contains(document.activeElement) ?? false;
    props.onDone();
    if (hadFocus) slot?.focus();
  }

  async function undo(offer: UndoOffer) {
    try {
      await offer.undo();
      done();
    } catch (error) {
      props.onError(errorText(error));
    }
  }
  return (
    <p class="status undo-bar" data-passing>
      <span>
        <Isolating text={props.offer.message} />
      </span>{' '}
      <button type="button" class="secondary" onClick={() => void undo(props.offer)}>
        {t('undo')}
      </button>
      <button type="button" class="secondary" aria-label={t('dismiss')} onClick={() => done()}>
        ×
      </button>
    </p>
  );
}
