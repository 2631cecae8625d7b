import { createSignal, createUniqueId, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { now } from '../../../clock';
import {
  validateInteraction,
  type InteractionError,
  type InteractionField,
} from '../../../domain/network/interaction-validation';
import type { Contact, Interaction } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { NoteField } from '../../shared/note-field';
import { createNoteGuard } from '../../shared/note-guard';
import { ConflictChoice, type FieldLabels } from '../../shared/edit-conflict';
import { createCheckedSave, createSaving } from '../../shared/saving';
import { Alert } from '../../shared/status-line';
import { DirectionField, FeltFields, KindAndMode, WhenField } from './connection-fields';
import { connectionDraft, interactionFrom, localInputValue } from './connection-draft';
import { PeoplePicker } from './people-picker';

const ERROR_TEXT: Record<InteractionError['code'], MessageKey> = {
  'at-invalid': 'errorWhenInvalid',
  'at-future': 'errorWhenFuture',
  'people-empty': 'errorPeopleEmpty',
  'level-range': 'errorLevelRange',
  'text-too-long': 'errorTextTooLong',
};

// What a connection's form names, for saying what another tab changed.
const CONNECTION_FIELDS: FieldLabels<Interaction> = [
  ['at', 'connectionWhen'],
  ['contactIds', 'connectionPeople'],
  ['kind', 'connectionKind'],
  ['mode', 'connectionMode'],
  ['direction', 'connectionDirection'],
  ['feltBefore', 'connectionFelt'],
  ['feltAfter', 'connectionFelt'],
  ['note', 'connectionNote'],
];

/** A held-back note is saved anyway; an edit is saved; a new connection is logged. */
function submitLabel(noteHeldBack: boolean, editing: boolean): string {
  if (noteHeldBack) return t('saveAnyway');
  return editing ? t('save') : t('connectionLog');
}

/**
 * Log a connection, or edit a logged one: when, who, what kind, which way support went. An
 * edit carries the connection as the form opened it: changed elsewhere since, it asks.
 */
export function ConnectionForm(props: {
  initial: Interaction | null;
  /** A new connection's starting values (a check-in just held); logged as new. */
  preset?: Interaction | null;
  contacts: Contact[];
  now: number;
  timeZone: string;
  onSave: (interaction: Interaction, opened: Interaction | null) => Promise<void>;
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
  const saving = createSaving();
  const adding = untrack(() => !props.initial);
  const checked = createCheckedSave(
    saving,
    untrack(() => props.initial),
    async (interaction, opened) => {
      await props.onSave(interaction, opened);
      if (adding) {
        // Ready for the next one: same time and kind, nobody chosen, no note.
        setDraft({ contactIds: [], note: '', feltBefore: '', feltAfter: '' });
        note.clear();
      }
    },
  );
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
    saving.clear();
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
    await checked.save(interaction);
  }

  return (
    <form class="connection-form" noValidate onSubmit={(event) => void submit(event)}>
      <Alert message={errors().length > 0 ? t('errorSummary') : null} />
      <WhenField
        draft={draft}
        setDraft={setDraft}
        error={errorOf('at')}
        errorId={id('when-error')}
        onTouched={() => setWhenTouched(true)}
      />
      <PeoplePicker
        contacts={props.contacts}
        chosen={draft.contactIds}
        error={errorOf('people')}
        onChange={(ids) => setDraft('contactIds', ids)}
      />
      <KindAndMode draft={draft} setDraft={setDraft} />
      <DirectionField draft={draft} setDraft={setDraft} />
      <FeltFields
        draft={draft}
        setDraft={setDraft}
        error={errorOf('felt')}
        errorId={id('felt-error')}
      />
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
        <button type="submit" aria-disabled={saving.busy()}>
          {submitLabel(note.hints().length > 0, props.initial !== null)}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="secondary" onClick={() => cancel()()}>
              {t('cancel')}
            </button>
          )}
        </Show>
      </div>
      <Alert message={saving.failure()} />
      <ConflictChoice
        conflict={saving.conflict()}
        what="contacts"
        opened={checked.opened()}
        labels={CONNECTION_FIELDS}
        onKeepTheirs={() => props.onCancel?.()}
        onUseMine={() => void checked.useMine()}
      />
    </form>
  );
}
