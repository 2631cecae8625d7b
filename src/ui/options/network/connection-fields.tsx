import { For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { ConnectionKind, ConnectionMode, SupportDirection } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { DIRECTION_LABEL, KIND_LABEL, MODE_LABEL } from '../../shared/network-labels';
import type { ConnectionDraft } from './connection-draft';

const KINDS = Object.keys(KIND_LABEL) as ConnectionKind[];
const MODES = Object.keys(MODE_LABEL) as ConnectionMode[];
const DIRECTIONS = Object.keys(DIRECTION_LABEL) as SupportDirection[];
const LEVELS = ['1', '2', '3', '4', '5'];

/** What each part of the connection form edits. */
interface PartProps {
  draft: ConnectionDraft;
  setDraft: SetStoreFunction<ConnectionDraft>;
}

/** A labelled choice of one of `options`, each named from the catalogue. */
function ChoiceField<T extends string>(props: {
  name: string;
  label: MessageKey;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <label class="field">
      {t(props.label)}
      <select
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        <For each={props.options}>
          {(option) => <option value={option}>{t(props.labels[option])}</option>}
        </For>
      </select>
    </label>
  );
}

/** What kind of connection it was, and how (in person, video, phone, message). */
export function KindAndMode(props: PartProps) {
  return (
    <div class="form-row">
      <ChoiceField
        name="kind"
        label="connectionKind"
        options={KINDS}
        labels={KIND_LABEL}
        value={props.draft.kind}
        onChange={(kind) => {
          props.setDraft('kind', kind);
          // A message is never in person, as in the popup's quick log; leaving "Message"
          // leaves its mode too.
          if (kind === 'message') props.setDraft('mode', 'message');
          else if (props.draft.mode === 'message') props.setDraft('mode', 'in-person');
        }}
      />
      <ChoiceField
        name="mode"
        label="connectionMode"
        options={MODES}
        labels={MODE_LABEL}
        value={props.draft.mode}
        onChange={(mode) => props.setDraft('mode', mode)}
      />
    </div>
  );
}

/** When it happened; `onTouched` once the user sets it (untouched, it means "now"). */
export function WhenField(
  props: PartProps & { error: string | undefined; errorId: string; onTouched: () => void },
) {
  return (
    <div class="field-block">
      <label class="field">
        {t('connectionWhen')}
        <input
          type="datetime-local"
          name="when"
          value={props.draft.when}
          aria-invalid={props.error !== undefined}
          aria-describedby={props.errorId}
          onInput={(event) => {
            props.onTouched();
            props.setDraft('when', event.currentTarget.value);
          }}
        />
      </label>
      <p class="error" id={props.errorId}>
        {props.error}
      </p>
    </div>
  );
}

/** Which way support went: given, received, or both. */
export function DirectionField(props: PartProps) {
  return (
    <fieldset>
      <legend>{t('connectionDirection')}</legend>
      <For each={DIRECTIONS}>
        {(direction) => (
          <label class="field">
            <input
              type="radio"
              name="direction"
              value={direction}
              checked={props.draft.direction === direction}
              onChange={() => props.setDraft('direction', direction)}
            />
            {t(DIRECTION_LABEL[direction])}
          </label>
        )}
      </For>
    </fieldset>
  );
}

/** How the user felt before and after, each 1–5 or left out. */
export function FeltFields(props: PartProps & { error: string | undefined; errorId: string }) {
  return (
    <fieldset aria-describedby={props.errorId}>
      <legend>{t('connectionFelt')}</legend>
      <For each={['feltBefore', 'feltAfter'] as const}>
        {(field) => (
          <label class="field">
            {field === 'feltBefore' ? t('feltBefore') : t('feltAfter')}
            <select
              name={field}
              value={props.draft[field]}
              onChange={(event) => props.setDraft(field, event.currentTarget.value)}
            >
              <option value="">{t('levelUnset')}</option>
              <For each={LEVELS}>{(value) => <option value={value}>{value}</option>}</For>
            </select>
          </label>
        )}
      </For>
      <p class="error" id={props.errorId}>
        {props.error}
      </p>
    </fieldset>
  );
}
