import { createSignal } from 'solid-js';
import { t } from '../../i18n';
import { errorText } from './format';

/**
 * A form's save: whether one is being written, and why the last one failed. A failed save
 * leaves the form as typed, so the message says nothing changed.
 */
export function createSaving() {
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  return {
    busy,
    failure,
    /** Takes the last failure off the screen, as a new attempt begins. */
    clear: () => setFailure(null),
    /** Writes with `save`; a failure is shown, not thrown. */
    async run(save: () => Promise<void>): Promise<void> {
      // The button stays enabled (aria-disabled) so focus stays on it: a second press waits.
      if (busy()) return;
      setBusy(true);
      try {
        await save();
      } catch (error) {
        setFailure(t('saveFailedNothingChanged', [errorText(error)]));
      } finally {
        setBusy(false);
      }
    },
  };
}
