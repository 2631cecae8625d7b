import { createSignal, createUniqueId, For, Show, untrack, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import {
  validateCheckIn,
  type CheckInError,
  type CheckInField,
} from '../../../domain/checkins/checkin-validation';
import type { CheckIn, CheckInMode, Contact, Recurrence, Weekday } from '../../../domain/types';
import { weekdayOf } from '../../../domain/calendar-date';
import { WEEKDAYS } from '../../../domain/settings';
import { t, type MessageKey } from '../../../i18n';
import { errorText, weekdayName } from '../../shared/format';
import { CONTACT_ERROR, KIND_LABEL } from '../../shared/network-labels';
import { NumberField } from '../../shared/number-field';
import { PeoplePicker } from '../network/people-picker';
import { checkInDraft, checkInFrom, type CheckInDraft } from './check-in-draft';
import { Alert } from '../../shared/status-line';

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
const REPEATS: { repeat: Recurrence['kind']; label: MessageKey }[] = [
  { repeat: 'none', label: 'repeatNone' },
  { repeat: 'weekly', label: 'repeatWeekly' },
  { repeat: 'monthly-date', label: 'repeatMonthlyDate' },
  { repeat: 'monthly-weekday', label: 'repeatMonthlyWeekday' },
];
const NTHS: { nth: string; label: MessageKey }[] = [
  { nth: '1', label: 'nthFirst' },
  { nth: '2', label: 'nthSecond' },
  { nth: '3', label: 'nthThird' },
  { nth: '4', label: 'nthFourth' },
  { nth: '5', label: 'nthFifth' },
  { nth: '-1', label: 'nthLast' },
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
// 2023-01-01 was a Sunday: day n of that week names weekday n.
const sampleDate = (day: Weekday) => `2023-01-0${day + 1}`;

/** Add or edit a check-in: who, what kind, where or how, when and how often. */
export function CheckInForm(props: {
  initial: CheckIn | null;
  contacts: Contact[];
  today: string;
  timeZone: string;
  onSave: (checkIn: CheckIn) => Promise<void>;
  onCancel: () => void;
}) {
  // The form edits its own copy from here on.
  const [draft, setDraft] = createStore<CheckInDraft>(
    untrack(() => checkInDraft(props.initial, props.today, weekdayOf(props.today))),
  );
  const [errors, setErrors] = createSignal<CheckInError[]>([]);
  const [failure, setFailure] = createSignal<string | null>(null);
  const uid = createUniqueId();
  const errorOf = (field: CheckInField) => {
    const found = errors().find((error) => error.field === field);
    if (!found) return undefined;
    const key = CODE_TEXT[found.code] ?? CONTACT_ERROR[found.code as keyof typeof CONTACT_ERROR];
    return key ? t(key, [String(found.min ?? ''), String(found.max ?? '')]) : found.code;
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setFailure(null);
    const checkIn = checkInFrom(draft, props.initial, crypto.randomUUID(), props.timeZone);
    const found = validateCheckIn(checkIn);
    setErrors(found);
    if (found.length > 0) return;
    try {
      await props.onSave(checkIn);
    } catch (error) {
      setFailure(t('saveFailedNothingChanged', [errorText(error)]));
    }
  }

  const field = (
    name: 'title' | 'place' | 'link' | 'startDate' | 'startTime' | 'until',
    label: MessageKey,
    type = 'text',
  ): JSX.Element => (
    <div class="field-block">
      <label class="field">
        {t(label)}
        <input
          type={type}
          name={`check-in-${name}`}
          value={draft[name]}
          aria-invalid={errorOf(name) !== undefined}
          aria-describedby={`${uid}-${name}-error`}
          onInput={(event) => setDraft(name, event.currentTarget.value)}
        />
      </label>
      <p class="error" id={`${uid}-${name}-error`}>
        {errorOf(name)}
      </p>
    </div>
  );

  return (
    <form class="person-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{props.initial ? t('checkInEditHeading') : t('checkInAddHeading')}</h3>
      <Show when={errors().length > 0}>
        <p class="alert" role="alert">
          {t('errorSummary')}
        </p>
      </Show>
      {field('title', 'checkInTitle')}
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
        <Show when={draft.mode !== 'virtual'}>{field('place', 'checkInPlace')}</Show>
        <Show when={draft.mode !== 'in-person'}>{field('link', 'checkInLink', 'url')}</Show>
        <p class="muted">{t('checkInInPersonNote')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('checkInWhen')}</legend>
        <div class="form-row">
          {field('startDate', 'checkInStartDate', 'date')}
          {field('startTime', 'checkInStartTime', 'time')}
          <NumberField
            name="check-in-duration"
            label={t('checkInDuration')}
            value={draft.durationMinutes}
            error={errorOf('durationMinutes')}
            onInput={(value) => setDraft('durationMinutes', value)}
          />
        </div>
        <label class="field">
          {t('checkInRepeat')}
          <select
            name="check-in-repeat"
            value={draft.repeat}
            onChange={(event) =>
              setDraft('repeat', event.currentTarget.value as Recurrence['kind'])
            }
          >
            <For each={REPEATS}>
              {(entry) => <option value={entry.repeat}>{t(entry.label)}</option>}
            </For>
          </select>
        </label>
        <Show when={draft.repeat === 'weekly'}>
          <NumberField
            name="check-in-every-weeks"
            label={t('checkInEveryWeeks')}
            value={draft.everyWeeks}
            error={errorOf('everyWeeks')}
            onInput={(value) => setDraft('everyWeeks', value)}
          />
          <fieldset aria-describedby={`${uid}-weekdays-error`}>
            <legend>{t('checkInOnDays')}</legend>
            <div class="chips">
              <For each={WEEKDAYS}>
                {(day) => (
                  <label class="field">
                    <input
                      type="checkbox"
                      checked={draft.weekdays.includes(day)}
                      onChange={(event) =>
                        setDraft('weekdays', (days) =>
                          event.currentTarget.checked
                            ? [...days, day]
                            : days.filter((other) => other !== day),
                        )
                      }
                    />
                    {weekdayName(sampleDate(day))}
                  </label>
                )}
              </For>
            </div>
            <p class="error" id={`${uid}-weekdays-error`}>
              {errorOf('weekdays')}
            </p>
          </fieldset>
        </Show>
        <Show when={draft.repeat === 'monthly-date'}>
          <NumberField
            name="check-in-month-day"
            label={t('checkInMonthDay')}
            value={draft.monthDay}
            error={errorOf('day')}
            onInput={(value) => setDraft('monthDay', value)}
          />
          <p class="muted">{t('checkInMonthDayNote')}</p>
        </Show>
        <Show when={draft.repeat === 'monthly-weekday'}>
          <div class="form-row">
            <label class="field">
              {t('checkInNth')}
              <select
                name="check-in-nth"
                value={draft.nth}
                onChange={(event) => setDraft('nth', event.currentTarget.value)}
              >
                <For each={NTHS}>
                  {(entry) => <option value={entry.nth}>{t(entry.label)}</option>}
                </For>
              </select>
            </label>
            <label class="field">
              {t('checkInNthWeekday')}
              <select
                name="check-in-nth-weekday"
                value={String(draft.nthWeekday)}
                onChange={(event) =>
                  setDraft('nthWeekday', Number(event.currentTarget.value) as Weekday)
                }
              >
                <For each={WEEKDAYS}>
                  {(day) => <option value={day}>{weekdayName(sampleDate(day))}</option>}
                </For>
              </select>
            </label>
          </div>
          <p class="error">{errorOf('nth')}</p>
        </Show>
        <Show when={draft.repeat !== 'none'}>{field('until', 'checkInUntil', 'date')}</Show>
        <NumberField
          name="check-in-reminder"
          label={t('checkInReminder')}
          value={draft.reminderMinutesBefore}
          error={errorOf('reminderMinutesBefore')}
          onInput={(value) => setDraft('reminderMinutesBefore', value)}
        />
      </fieldset>
      <div class="form-actions">
        <button type="submit">{t('save')}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
      </div>
      <Alert message={failure()} />
    </form>
  );
}
