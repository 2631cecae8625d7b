import { For } from 'solid-js';
import type { ScheduleError } from '../../../domain/schedule-validation';
import { t, type MessageKey } from '../../../i18n';
import type { HoursDraft } from './hours-draft';

type NumberField = 'wrapUpMinutesBefore' | 'boundaryRepeatMinutes' | 'boundaryMaxPerDay';

/** Wrap-up and boundary reminder settings, each number with its own error. */
export function BoundaryFields(props: {
  draft: HoursDraft;
  errors: ScheduleError[];
  onChange: (patch: Partial<HoursDraft>) => void;
}) {
  const errorsOf = (field: NumberField) => props.errors.filter((error) => error.field === field);
  const numberInput = (field: NumberField, label: MessageKey, min: number, max: number) => (
    <div>
      <label class="field">
        {t(label)}
        <input
          type="number"
          name={field}
          min={min}
          max={max}
          step={1}
          inputMode="numeric"
          value={props.draft[field]}
          aria-invalid={errorsOf(field).length > 0}
          aria-describedby={`${field}-error`}
          onInput={(event) => props.onChange({ [field]: event.currentTarget.value })}
        />
      </label>
      <div class="error" id={`${field}-error`}>
        <For each={errorsOf(field)}>{(error) => <p>{t(error.message)}</p>}</For>
      </div>
    </div>
  );
  return (
    <fieldset>
      <legend>{t('boundaryLegend')}</legend>
      <label class="field">
        <input
          type="checkbox"
          name="wrap-up-enabled"
          checked={props.draft.wrapUpEnabled}
          onChange={(event) => props.onChange({ wrapUpEnabled: event.currentTarget.checked })}
        />
        {t('wrapUpEnabled')}
      </label>
      {numberInput('wrapUpMinutesBefore', 'wrapUpMinutes', 1, 240)}
      <label class="field">
        <input
          type="checkbox"
          name="boundary-enabled"
          checked={props.draft.boundaryEnabled}
          onChange={(event) => props.onChange({ boundaryEnabled: event.currentTarget.checked })}
        />
        {t('boundaryEnabled')}
      </label>
      {numberInput('boundaryRepeatMinutes', 'boundaryRepeat', 5, 240)}
      {numberInput('boundaryMaxPerDay', 'boundaryMax', 1, 20)}
    </fieldset>
  );
}
