import { Show } from 'solid-js';
import { t } from '../../i18n';
import { errorText } from './format';
import { Isolating } from './isolating';

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
  // The buttons go with the offer: focus stays here rather than falling to the page.
  function done() {
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
    <div
      role="status"
      aria-live="polite"
      class="undo-slot"
      tabIndex={-1}
      ref={(element) => (slot = element)}
    >
      <Show when={props.offer}>
        {(offer) => (
          <p class="status undo-bar" data-passing>
            <span>
              <Isolating text={offer().message} />
            </span>{' '}
            <button type="button" class="secondary" onClick={() => void undo(offer())}>
              {t('undo')}
            </button>
            <button
              type="button"
              class="secondary"
              aria-label={t('dismiss')}
              onClick={() => done()}
            >
              ×
            </button>
          </p>
        )}
      </Show>
    </div>
  );
}
