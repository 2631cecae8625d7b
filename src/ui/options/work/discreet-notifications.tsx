import { createSignal, For } from 'solid-js';
import { updateSettings } from '../../../db/settings';
import type { DiscreetNotifications as Mode } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { Alert } from '../../shared/status-line';
import { write } from '../../shared/write';

const MODES: readonly { mode: Mode; label: MessageKey }[] = [
  { mode: 'when-locked', label: 'discreetWhenLocked' },
  { mode: 'always', label: 'discreetAlways' },
  { mode: 'never', label: 'discreetNever' },
];

/** When notifications leave out names and places; saved as soon as it is chosen. */
export function DiscreetNotifications(props: { initial: Mode }) {
  const [mode, setMode] = createSignal<Mode>(props.initial);
  const [failure, setFailure] = createSignal<string | null>(null);

  async function choose(next: Mode) {
    const before = mode();
    setMode(next);
    setFailure(null);
    try {
      const saved = await write('settings', (db) =>
        updateSettings(db, (current) => ({ ...current, discreetNotifications: next })),
      );
      setMode(saved.discreetNotifications);
    } catch (error) {
      setMode(before);
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  return (
    <fieldset class="discreet-notifications" aria-describedby="discreet-help">
      <legend>{t('discreetHeading')}</legend>
      <p id="discreet-help" class="muted">
        {t('discreetHelp')}
      </p>
      <For each={MODES}>
        {(option) => (
          <label>
            <input
              type="radio"
              name="discreet-notifications"
              value={option.mode}
              checked={mode() === option.mode}
              onChange={() => void choose(option.mode)}
            />{' '}
            {t(option.label)}
          </label>
        )}
      </For>
      <Alert message={failure()} />
    </fieldset>
  );
}
