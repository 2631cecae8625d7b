import { createSignal, For, Index, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { now } from '../../../clock';
import { ROLES } from '../../../domain/network/roles';
import { cadenceDays } from '../../../domain/network/cadence';
import {
  validateContact,
  type ContactError,
  type ContactField,
} from '../../../domain/network/contact-validation';
import type { Contact, NetworkSettings, ReachKind } from '../../../domain/types';
import { t } from '../../../i18n';
import { daysText, errorText } from '../../shared/format';
import { CONTACT_ERROR, REACH_LABEL, ROLE_LABEL } from '../../shared/network-labels';
import { NoteField } from '../../shared/note-field';
import { createNoteGuard } from '../../shared/note-guard';
import { contactFrom, personDraft } from './person-draft';

const REACH_KINDS = Object.keys(REACH_LABEL) as ReachKind[];
const LEVELS = ['1', '2', '3', '4', '5'];

/** Add or edit one person or group; validated, with a pause before saving a risky note. */
export function PersonForm(props: {
  initial: Contact | null;
  network: NetworkSettings;
  onSave: (contact: Contact) => Promise<void>;
  onCancel: () => void;
}) {
  // The form edits its own copy from here on.
  const [draft, setDraft] = createStore(personDraft(props.initial));
  const [errors, setErrors] = createSignal<ContactError[]>([]);
  const note = createNoteGuard();
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
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
    setFailure(null);
    const at = (await now()).getTime();
    const contact = contactFrom(draft, props.initial, crypto.randomUUID(), at);
    const found = validateContact(contact);
    setErrors(found);
    if (found.length > 0) return;
    if (note.holdsBack(contact.notes)) return;
    setBusy(true);
    try {
      await props.onSave(contact);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="person-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{props.initial ? t('personEditHeading') : t('personAddHeading')}</h3>
      <Show when={errors().length > 0}>
        <p class="alert" role="alert">
          {t('errorSummary')}
        </p>
      </Show>
      <div class="field-block">
        <label for="person-name">{t('personName')}</label>
        <input
          ref={(element) => (nameInput = element)}
          id="person-name"
          name="name"
          maxLength={200}
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
      <fieldset aria-describedby="person-roles-error">
        <legend>{t('personRoles')}</legend>
        <div class="choice-grid">
          <For each={ROLES}>
            {(role) => (
              <label class="field">
                <input
                  type="checkbox"
                  name="role"
                  value={role}
                  checked={draft.roles.includes(role)}
                  onChange={(event) =>
                    setDraft('roles', (roles) =>
                      event.currentTarget.checked
                        ? [...roles, role]
                        : roles.filter((other) => other !== role),
                    )
                  }
                />
                {t(ROLE_LABEL[role])}
              </label>
            )}
          </For>
        </div>
        <p class="error" id="person-roles-error">
          {errorOf('roles')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('personReach')}</legend>
        <Index each={draft.reach}>
          {(way, index) => (
            <div class="reach-row">
              <select
                aria-label={t('reachKindLabel')}
                value={way().kind}
                onChange={(event) =>
                  setDraft('reach', index, 'kind', event.currentTarget.value as ReachKind)
                }
              >
                <For each={REACH_KINDS}>
                  {(kind) => <option value={kind}>{t(REACH_LABEL[kind])}</option>}
                </For>
              </select>
              <input
                name={`reach-${index}`}
                aria-label={t('reachValueLabel')}
                value={way().value}
                aria-invalid={errorOf('reach', index) !== undefined}
                aria-describedby={`reach-${index}-error`}
                onInput={(event) => setDraft('reach', index, 'value', event.currentTarget.value)}
              />
              <button
                type="button"
                class="secondary"
                onClick={() => setDraft('reach', (ways) => ways.filter((_, at) => at !== index))}
              >
                {t('reachRemove')}
              </button>
              <p class="error" id={`reach-${index}-error`}>
                {errorOf('reach', index)}
              </p>
            </div>
          )}
        </Index>
        <button
          type="button"
          class="secondary"
          onClick={() => setDraft('reach', (ways) => [...ways, { kind: 'email', value: '' }])}
        >
          {t('reachAdd')}
        </button>
      </fieldset>
      <fieldset aria-describedby="person-cadence-error">
        <legend>{t('personCadence')}</legend>
        <label class="field">
          <input
            type="radio"
            name="cadence"
            checked={draft.cadenceKind === 'role-default'}
            onChange={() => setDraft('cadenceKind', 'role-default')}
          />
          <Show when={roleDefaultDays()} fallback={t('cadenceRoleDefaultNone')}>
            {(days) => t('cadenceRoleDefault', [daysText(days())])}
          </Show>
        </label>
        <div class="field">
          <input
            type="radio"
            name="cadence"
            id="cadence-every"
            checked={draft.cadenceKind === 'every'}
            onChange={() => setDraft('cadenceKind', 'every')}
          />
          <label for="cadence-every">{t('cadenceEvery')}</label>
          <input
            type="number"
            name="cadence-count"
            aria-label={t('cadenceCountLabel')}
            min={1}
            max={365}
            value={draft.cadenceCount}
            onInput={(event) => {
              setDraft('cadenceCount', event.currentTarget.value);
              setDraft('cadenceKind', 'every');
            }}
          />
          <select
            aria-label={t('cadenceUnitLabel')}
            value={draft.cadenceUnit}
            onChange={(event) =>
              setDraft('cadenceUnit', event.currentTarget.value as 'days' | 'weeks')
            }
          >
            <option value="days">{t('cadenceDays')}</option>
            <option value="weeks">{t('cadenceWeeks')}</option>
          </select>
        </div>
        <label class="field">
          <input
            type="radio"
            name="cadence"
            checked={draft.cadenceKind === 'never'}
            onChange={() => setDraft('cadenceKind', 'never')}
          />
          {t('cadenceNever')}
        </label>
        <p class="error" id="person-cadence-error">
          {errorOf('cadence')}
        </p>
      </fieldset>
      <For each={['availability', 'trust'] as const}>
        {(field) => (
          <div class="field-block">
            <label for={`person-${field}`}>
              {field === 'availability' ? t('personAvailability') : t('personTrust')}
            </label>
            <div class="field">
              <input
                id={`person-${field}`}
                value={draft[field]}
                aria-describedby={`person-${field}-error`}
                onInput={(event) => setDraft(field, event.currentTarget.value)}
              />
              <select
                aria-label={field === 'availability' ? t('availabilityLevel') : t('trustLevel')}
                value={field === 'availability' ? draft.availabilityLevel : draft.trustLevel}
                onChange={(event) =>
                  setDraft(
                    field === 'availability' ? 'availabilityLevel' : 'trustLevel',
                    event.currentTarget.value,
                  )
                }
              >
                <option value="">{t('levelUnset')}</option>
                <For each={LEVELS}>{(value) => <option value={value}>{value}</option>}</For>
              </select>
            </div>
            <p class="error" id={`person-${field}-error`}>
              {errorOf(field)}
            </p>
          </div>
        )}
      </For>
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
        <button type="submit" disabled={busy()}>
          {note.hints().length > 0 ? t('saveAnyway') : t('save')}
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
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
