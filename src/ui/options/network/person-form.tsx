import { createSignal, onMount } from 'solid-js';
import { createStore } from 'solid-js/store';
import { now } from '../../../clock';
import { cadenceDays } from '../../../domain/network/cadence';
import {
  LIMITS,
  validateContact,
  type ContactError,
  type ContactField,
} from '../../../domain/network/contact-validation';
import type { Contact, NetworkSettings } from '../../../domain/types';
import { t } from '../../../i18n';
import { CONTACT_ERROR } from '../../shared/network-labels';
import { NoteField } from '../../shared/note-field';
import { createNoteGuard } from '../../shared/note-guard';
import { ConflictChoice, type FieldLabels } from '../../shared/edit-conflict';
import { createCheckedSave, createSaving } from '../../shared/saving';
import { Alert } from '../../shared/status-line';
import { contactFrom, personDraft } from './person-draft';
import { CadenceFields, LevelFields, ReachFields, RoleChoices } from './person-fields';

// What a person's form names, for saying what another tab changed.
const PERSON_FIELDS: FieldLabels<Contact> = [
  ['name', 'personName'],
  ['isGroup', 'personIsGroup'],
  ['roles', 'personRoles'],
  ['reach', 'personReach'],
  ['cadence', 'personCadence'],
  ['availability', 'personAvailability'],
  ['availabilityLevel', 'personAvailability'],
  ['trust', 'personTrust'],
  ['trustLevel', 'personTrust'],
  ['notes', 'personNotes'],
];

/**
 * Add or edit one person or group; validated, with a pause before saving a risky note. The
 * save carries the person as the form opened them: changed elsewhere since, it asks.
 */
export function PersonForm(props: {
  initial: Contact | null;
  network: NetworkSettings;
  onSave: (contact: Contact, opened: Contact | null) => Promise<void>;
  onCancel: () => void;
}) {
  // The form edits its own copy from here on.
  const [draft, setDraft] = createStore(personDraft(props.initial));
  const [errors, setErrors] = createSignal<ContactError[]>([]);
  const note = createNoteGuard();
  const saving = createSaving();
  const checked = createCheckedSave(saving, props.initial, (contact, opened) =>
    props.onSave(contact, opened),
  );
  const errorOf = (field: ContactField, index?: number) => {
    const found = errors().find((error) => error.field === field && error.index === index);
    return found ? t(CONTACT_ERROR[found.code]) : undefined;
  };
  const roleDefaultDays = () =>
    cadenceDays(
      { ...contactFrom(draft, null, '', 0), cadence: { kind: 'role-default' } },
      props.network,
    );

  let nameInput: HTMLInputElement | undefined;
  // Opened from a row far down the list, the form must come into view with the cursor in it.
  onMount(() => {
    nameInput?.focus();
    nameInput?.scrollIntoView({ block: 'center' });
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    saving.clear();
    const at = (await now()).getTime();
    const contact = contactFrom(draft, props.initial, crypto.randomUUID(), at);
    const found = validateContact(contact);
    setErrors(found);
    if (found.length > 0) return;
    if (note.holdsBack(contact.notes)) return;
    await checked.save(contact);
  }

  return (
    <form class="person-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{props.initial ? t('personEditHeading') : t('personAddHeading')}</h3>
      <Alert message={errors().length > 0 ? t('errorSummary') : null} />
      <div class="field-block">
        <label for="person-name">{t('personName')}</label>
        <input
          ref={(element) => (nameInput = element)}
          id="person-name"
          name="name"
          maxLength={LIMITS.name}
          value={draft.name}
          aria-invalid={errorOf('name') !== undefined}
          aria-describedby="person-name-error"
          onInput={(event) => setDraft('name', event.currentTarget.value)}
        />
        <p class="error" id="person-name-error">
          {errorOf('name')}
        </p>
      </div>
      <label class="field">
        <input
          type="checkbox"
          checked={draft.isGroup}
          onChange={(event) => setDraft('isGroup', event.currentTarget.checked)}
        />
        {t('personIsGroup')}
      </label>
      <RoleChoices draft={draft} setDraft={setDraft} errorOf={errorOf} />
      <ReachFields draft={draft} setDraft={setDraft} errorOf={errorOf} />
      <CadenceFields
        draft={draft}
        setDraft={setDraft}
        errorOf={errorOf}
        roleDefaultDays={roleDefaultDays}
      />
      <LevelFields draft={draft} setDraft={setDraft} errorOf={errorOf} />
      <NoteField
        id="person-notes"
        label={t('personNotes')}
        value={draft.notes}
        hints={note.hints()}
        error={errorOf('notes')}
        onInput={(value) => {
          setDraft('notes', value);
          note.clear();
        }}
      />
      <div class="form-actions">
        <button type="submit" aria-disabled={saving.busy()}>
          {note.hints().length > 0 ? t('saveAnyway') : t('save')}
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
      </div>
      <Alert message={saving.failure()} />
      <ConflictChoice
        conflict={saving.conflict()}
        what="contacts"
        opened={checked.opened()}
        labels={PERSON_FIELDS}
        onKeepTheirs={() => props.onCancel()}
        onUseMine={() => void checked.useMine()}
      />
    </form>
  );
}
