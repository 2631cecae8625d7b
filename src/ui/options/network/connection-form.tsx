import { createSignal, createUniqueId, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { now } from '../../../clock';
import {
  validateInteraction,
  type InteractionError,
  type InteractionField,
} from '../../../domain/network/interaction-validation';
import type {
  ConnectionKind,
  ConnectionMode,
  Contact,
  Interaction,
  SupportDirection,
} from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { DIRECTION_LABEL, KIND_LABEL, MODE_LABEL } from '../../shared/network-labels';
import { NoteField } from '../../shared/note-field';
import { createNoteGuard } from '../../shared/note-guard';
import { connectionDraft, interactionFrom, localInputValue } from './connection-draft';
import { PeoplePicker } from './people-picker';

const ERROR_TEXT: Record<InteractionError['code'], MessageKey> = {
  'at-invalid': 'errorWhenInvalid',
  'at-future': 'errorWhenFuture',
  'people-empty': 'errorPeopleEmpty',
  'level-range': 'errorLevelRange',
  'text-too-long': 'errorTextTooLong',
};
const KINDS = Object.keys(KIND_LABEL) as ConnectionKind[];
const MODES = Object.keys(MODE_LABEL) as ConnectionMode[];
const DIRECTIONS = Object.keys(DIRECTION_LABEL) as SupportDirection[];
const LEVELS = ['1', '2', '3', '4', '5'];

/** Log a connection, or edit a logged one: when, who, what kind, which way support went. */
export function ConnectionForm(props: {
  initial: Interaction | null;
  /** A new connection's starting values (a check-in just held); logged as new. */
  preset?: Interaction | null;
  contacts: Contact[];
  now: number;
  timeZone: string;
  onSave: (interaction: Interaction) => Promise<void>;
  onCancel?: () => void;
}) {
  // The form edits its own copy from here on: the props only seed it.
  const [draft, setDraft] = createStore(
    untrack(() =>
      connectionDraft(props.initial ?? props.preset ?? null, props.now, props.timeZone),
    ),
  );
  const [errors, setErrors] = createSignal<InteractionError[]>([]);
  const note = createNoteGuard();
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // The log form and a row's edit form share the page: every id is this form's own.
  const uid = createUniqueId();
  const id = (part: string) => `connection-${uid}-${part}`;
  // Untouched, "when" means the moment Log is pressed, not when the page was opened.
  const [whenTouched, setWhenTouched] = createSignal(
    untrack(() => props.initial !== null || (props.preset ?? null) !== null),
  );
  const errorOf = (field: InteractionField) => {
    const found = errors().find((error) => error.field === field);
    return found ? t(ERROR_TEXT[found.code]) : undefined;
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setFailure(null);
    const current = (await now()).getTime();
    if (!whenTouched()) setDraft('when', localInputValue(current, props.timeZone));
    const interaction = interactionFrom(
      draft,
      props.initial?.id ?? crypto.randomUUID(),
      props.timeZone,
    );
    const found = validateInteraction(interaction, current);
    setErrors(found);
    if (found.length > 0) return;
    if (note.holdsBack(interaction.note)) return;
    setBusy(true);
    try {
      await props.onSave(interaction);
      if (!props.initial) {
        // Ready for the next one: same time and kind, nobody chosen, no note.
        setDraft({ contactIds: [], note: '', feltBefore: '', feltAfter: '' });
        note.clear();
      }
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const choice = <T extends string>(
    name: string,
    label: MessageKey,
    options: readonly T[],
    labels: Record<T, MessageKey>,
    value: () => T,
    set: (value: T) => void,
  ) => (
    <label class="field">
      {t(label)}
      <select name={name} value={value()} onChange={(event) => set(event.currentTarget.value as T)}>
        <For each={options}>{(option) => <option value={option}>{t(labels[option])}</option>}</For>
      </select>
    </label>
  );

  return (
    <form class="connection-form" noValidate onSubmit={(event) => void submit(event)}>
      <Show when={errors().length > 0}>
        <p class="alert" role="alert">
          {t('errorSummary')}
        </p>
      </Show>
      <div class="field-block">
        <label class="field">
          {t('connectionWhen')}
          <input
            type="datetime-local"
            name="when"
            value={draft.when}
            aria-invalid={errorOf('at') !== undefined}
            aria-describedby={id('when-error')}
            onInput={(event) => {
              setWhenTouched(true);
              setDraft('when', event.currentTarget.value);
            }}
          />
        </label>
        <p class="error" id={id('when-error')}>
          {errorOf('at')}
        </p>
      </div>
      <PeoplePicker
        contacts={props.contacts}
        chosen={draft.contactIds}
        error={errorOf('people')}
        onChange={(ids) => setDraft('contactIds', ids)}
      />
      <div class="form-row">
        {choice(
          'kind',
          'connectionKind',
          KINDS,
          KIND_LABEL,
          () => draft.kind,
          (kind) => setDraft('kind', kind),
        )}
        {choice(
          'mode',
          'connectionMode',
          MODES,
          MODE_LABEL,
          () => draft.mode,
          (mode) => setDraft('mode', mode),
        )}
      </div>
      <fieldset>
        <legend>{t('connectionDirection')}</legend>
        <For each={DIRECTIONS}>
          {(direction) => (
            <label class="field">
              <input
                type="radio"
                name="direction"
                value={direction}
                checked={draft.direction === direction}
                onChange={() => setDraft('direction', direction)}
              />
              {t(DIRECTION_LABEL[direction])}
            </label>
          )}
        </For>
      </fieldset>
      <fieldset aria-describedby={id('felt-error')}>
        <legend>{t('connectionFelt')}</legend>
        <For each={['feltBefore', 'feltAfter'] as const}>
          {(field) => (
            <label class="field">
              {field === 'feltBefore' ? t('feltBefore') : t('feltAfter')}
              <select
                name={field}
                value={draft[field]}
                onChange={(event) => setDraft(field, event.currentTarget.value)}
              >
                <option value="">{t('levelUnset')}</option>
                <For each={LEVELS}>{(value) => <option value={value}>{value}</option>}</For>
              </select>
            </label>
          )}
        </For>
        <p class="error" id={id('felt-error')}>
          {errorOf('felt')}
        </p>
      </fieldset>
      <NoteField
        id={id('note')}
        label={t('connectionNote')}
        value={draft.note}
        hints={note.hints()}
        error={errorOf('note')}
        onInput={(value) => {
          setDraft('note', value);
          note.clear();
        }}
      />
      <div class="form-actions">
        <button type="submit" disabled={busy()}>
          {note.hints().length > 0
            ? t('saveAnyway')
            : props.initial
              ? t('save')
              : t('connectionLog')}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="secondary" onClick={() => cancel()()}>
              {t('cancel')}
            </button>
          )}
        </Show>
      </div>
      <Show when={failure()}>
        {(message) => (
          <p class="alert" role="alert">
            {t('saveFailedNothingChanged', [message()])}
          </p>
        )}
      </Show>
    </form>
  );
}
