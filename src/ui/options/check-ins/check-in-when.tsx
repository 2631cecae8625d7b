import { Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { CheckInField as Field } from '../../../domain/checkins/checkin-validation';
import { t, type MessageKey } from '../../../i18n';
import { NumberField } from '../../shared/number-field';
import type { CheckInDraft } from './check-in-draft';
import { RepeatFields } from './check-in-repeat';

/** What each part of the check-in form edits, and how it finds its error. */
export interface CheckInPartProps {
  draft: CheckInDraft;
  setDraft: SetStoreFunction<CheckInDraft>;
  errorOf: (field: Field) => string | undefined;
  /** The form's own id, which its fields' error lines are named after. */
  uid: string;
}

type TextName = 'title' | 'place' | 'link' | 'startDate' | 'startTime' | 'until';

/** One of the form's text, date or time fields, with its error line. */
export function CheckInTextField(
  props: CheckInPartProps & { name: TextName; label: MessageKey; type?: string },
) {
  return (
    <div class="field-block">
      <label class="field">
        {t(props.label)}
        <input
          type={props.type ?? 'text'}
          name={`check-in-${props.name}`}
          value={props.draft[props.name]}
          aria-invalid={props.errorOf(props.name) !== undefined}
          aria-describedby={`${props.uid}-${props.name}-error`}
          onInput={(event) => props.setDraft(props.name, event.currentTarget.value)}
        />
      </label>
      <p class="error" id={`${props.uid}-${props.name}-error`}>
        {props.errorOf(props.name)}
      </p>
    </div>
  );
}

/** When the check-in is, how long, how often it repeats and how early Tend reminds. */
export function CheckInWhen(props: CheckInPartProps) {
  const fieldProps = () => ({
    draft: props.draft,
    setDraft: props.setDraft,
    errorOf: props.errorOf,
    uid: props.uid,
  });
  return (
    <fieldset>
      <legend>{t('checkInWhen')}</legend>
      <div class="form-row">
        <CheckInTextField {...fieldProps()} name="startDate" label="checkInStartDate" type="date" />
        <CheckInTextField {...fieldProps()} name="startTime" label="checkInStartTime" type="time" />
        <NumberField
          name="check-in-duration"
          label={t('checkInDuration')}
          value={props.draft.durationMinutes}
          error={props.errorOf('durationMinutes')}
          onInput={(value) => props.setDraft('durationMinutes', value)}
        />
      </div>
      <RepeatFields {...fieldProps()} />
      <Show when={props.draft.repeat !== 'none'}>
        <CheckInTextField {...fieldProps()} name="until" label="checkInUntil" type="date" />
      </Show>
      <NumberField
        name="check-in-reminder"
        label={t('checkInReminder')}
        value={props.draft.reminderMinutesBefore}
        error={props.errorOf('reminderMinutesBefore')}
        onInput={(value) => props.setDraft('reminderMinutesBefore', value)}
      />
    </fieldset>
  );
}
