import { createSignal, createUniqueId, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import {
  validateCheckIn,
  type CheckInError,
  type CheckInField,
} from '../../../domain/checkins/checkin-validation';
import type { CheckIn, CheckInMode, Contact } from '../../../domain/types';
import { weekdayOf } from '../../../domain/calendar-date';
import { t, type MessageKey } from '../../../i18n';
import { CONTACT_ERROR, KIND_LABEL } from '../../shared/network-labels';
import { PeoplePicker } from '../network/people-picker';
import { checkInDraft, checkInFrom, type CheckInDraft } from './check-in-draft';
import { ConflictChoice, type FieldLabels } from '../../shared/edit-conflict';
import { createCheckedSave, createSaving } from '../../shared/saving';
import { Alert } from '../../shared/status-line';
import { CheckInTextField, CheckInWhen } from './check-in-when';

const KINDS: CheckIn['kind'][] = [
  'supervision',
  'peer-check-in',
  'peer-group',
  'informal',
  'self-care-together',
];
const MODES: { mode: CheckInMode; label: MessageKey }[] = [
  { mode: 'in-person', label: 'checkInInPerson' },
  { mode: 'virtual', label: 'checkInVirtual' },
  { mode: 'either', label: 'checkInEither' },
];
const CODE_TEXT: Partial<Record<CheckInError['code'], MessageKey>> = {
  'title-empty': 'errorTitleEmpty',
  'title-too-long': 'errorTitleTooLong',
  'date-invalid': 'errorDateInvalid',
  'time-invalid': 'errorTimeFormat',
  'time-zone-invalid': 'errorTimeZone',
  'out-of-range': 'errorRange',
  'weekdays-empty': 'errorWeekdaysEmpty',
  'weekday-invalid': 'errorWeekdaysEmpty',
  'nth-invalid': 'errorNthInvalid',
  'until-before-start': 'errorUntilBeforeStart',
  'text-too-long': 'errorTextTooLong',
};

// What a check-in's form names, for saying what another tab changed.
const CHECK_IN_FIELDS: FieldLabels<CheckIn> = [
  ['title', 'checkInTitle'],
  ['kind', 'connectionKind'],
  ['contactIds', 'connectionPeople'],
  ['mode', 'checkInMode'],
  ['place', 'checkInPlace'],
  ['link', 'checkInLink'],
  ['startDate', 'checkInWhen'],
  ['startTime', 'checkInWhen'],
  ['durationMinutes', 'checkInDuration'],
  ['recurrence', 'checkInRepeat'],
  ['reminderMinutesBefore', 'checkInReminder'],
  ['skipped', 'conflictCheckInDates'],
  ['moved', 'conflictCheckInDates'],
  ['paused', 'conflictCheckInPaused'],
];

/**
 * Add or edit a check-in: who, what kind, where or how, when and how often. The save carries
 * the check-in as the form opened it: changed elsewhere since (skipped, moved), it asks.
 */
export function CheckInForm(props: {
  initial: CheckIn | null;
  contacts: Contact[];
  today: string;
  timeZone: string;
  onSave: (checkIn: CheckIn, opened: CheckIn | null) => Promise<void>;
  onCancel: () => void;
}) {
  // The form edits its own copy from here on.
  const [draft, setDraft] = createStore<CheckInDraft>(
    untrack(() => checkInDraft(props.initial, props.today, weekdayOf(props.today))),
  );
  const [errors, setErrors] = createSignal<CheckInError[]>([]);
  const saving = createSaving();
  const checked = createCheckedSave(
    saving,
    untrack(() => props.initial),
    (checkIn, opened) => props.onSave(checkIn, opened),
  );
  const uid = createUniqueId();
  const errorOf = (field: CheckInField) => {
    const found = errors().find((error) => error.field === field);
    if (!found) return undefined;
    const key = CODE_TEXT[found.code] ?? CONTACT_ERROR[found.code as keyof typeof CONTACT_ERROR];
    return key ? t(key, [String(found.min ?? ''), String(found.max ?? '')]) : found.code;
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    saving.clear();
    const checkIn = checkInFrom(draft, props.initial, crypto.randomUUID(), props.timeZone);
    const found = validateCheckIn(checkIn);
    setErrors(found);
    if (found.length > 0) return;
    await checked.save(checkIn);
  }

  const parts = () => ({ draft, setDraft, errorOf, uid });

  return (
    <form class="person-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{props.initial ? t('checkInEditHeading') : t('checkInAddHeading')}</h3>
      <Alert message={errors().length > 0 ? t('errorSummary') : null} />
      <CheckInTextField {...parts()} name="title" label="checkInTitle" />
      <label class="field">
        {t('connectionKind')}
        <select
          name="check-in-kind"
          value={draft.kind}
          onChange={(event) => setDraft('kind', event.currentTarget.value as CheckIn['kind'])}
        >
          <For each={KINDS}>{(kind) => <option value={kind}>{t(KIND_LABEL[kind])}</option>}</For>
        </select>
      </label>
      <PeoplePicker
        contacts={props.contacts}
        chosen={draft.contactIds}
        onChange={(ids) => setDraft('contactIds', ids)}
      />
      <fieldset>
        <legend>{t('checkInMode')}</legend>
        <For each={MODES}>
          {(entry) => (
            <label class="field">
              <input
                type="radio"
                name={`${uid}-mode`}
                checked={draft.mode === entry.mode}
                onChange={() => setDraft('mode', entry.mode)}
              />
              {t(entry.label)}
            </label>
          )}
        </For>
        <Show when={draft.mode !== 'virtual'}>
          <CheckInTextField {...parts()} name="place" label="checkInPlace" />
        </Show>
        <Show when={draft.mode !== 'in-person'}>
          <CheckInTextField {...parts()} name="link" label="checkInLink" type="url" />
        </Show>
        <p class="muted">{t('checkInInPersonNote')}</p>
      </fieldset>
      <CheckInWhen {...parts()} />
      <div class="form-actions">
        <button type="submit">{t('save')}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
      </div>
      <Alert message={saving.failure()} />
      <ConflictChoice
        conflict={saving.conflict()}
        what="check-ins"
        opened={checked.opened()}
        labels={CHECK_IN_FIELDS}
        onKeepTheirs={() => props.onCancel()}
        onUseMine={() => void checked.useMine()}
      />
    </form>
  );
}
