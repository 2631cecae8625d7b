import { createSignal } from 'solid-js';
import { t } from '../../i18n';
import { errorText } from './format';
import type { StatusNote } from './status-line';

/**
 * How a settings form's last save went, for the SaveStatus line under its Save button:
 * refused for its fields, saved, or failed with nothing changed.
 */
export function createSaveStatus() {
  const [status, setStatus] = createSignal<StatusNote | null>(null);
  const failed = (error: unknown) =>
    setStatus({ ok: false, text: t('saveFailedNothingChanged', [errorText(error)]) });

  return {
    status,
    /** Says something else: a note of the form's own, or nothing (null). */
    set: setStatus,
    /** Some fields refused what was typed: nothing was saved. */
    refused: () => setStatus({ ok: false, text: t('errorSummary') }),
    failed,
    /** Writes with `save`, then says `saved`; a failure is said, not thrown. */
    async save(save: () => Promise<unknown>, saved: string): Promise<void> {
      try {
        await save();
        setStatus({ ok: true, text: saved });
      } catch (error) {
        failed(error);
      }
    },
  };
}
