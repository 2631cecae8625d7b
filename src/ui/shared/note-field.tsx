import { For, Show } from 'solid-js';
import type { SensitiveHint } from '../../domain/network/sensitive-note';
import { t } from '../../i18n';
import { SENSITIVE_LABEL } from './network-labels';

/**
 * A free-text note with the standing reminder never to record client-identifying
 * information, and the hints of what looks like some when a save was held back.
 */
export function NoteField(props: {
  id: string;
  label: string;
  value: string;
  hints: SensitiveHint[];
  error?: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <div class="note-field">
      <label for={props.id}>{props.label}</label>
      <p class="muted" id={`${props.id}-privacy`}>
        {t('noteClientWarning')}
      </p>
      <textarea
        id={props.id}
        rows={4}
        value={props.value}
        aria-describedby={`${props.id}-privacy ${props.id}-hints`}
        aria-invalid={props.error !== undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <div id={`${props.id}-hints`}>
        <Show when={props.error}>{(message) => <p class="error">{message()}</p>}</Show>
        <Show when={props.hints.length > 0}>
          <div class="alert" role="alert">
            <p>{t('noteLooksSensitive')}</p>
            <ul>
              <For each={props.hints}>{(hint) => <li>{t(SENSITIVE_LABEL[hint])}</li>}</For>
            </ul>
            <p>{t('noteLooksSensitiveAction')}</p>
          </div>
        </Show>
      </div>
    </div>
  );
}
