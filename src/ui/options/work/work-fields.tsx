import type { SetStoreFunction } from 'solid-js/store';
import type { WorkField } from '../../../domain/work-settings-validation';
import { t, type MessageKey } from '../../../i18n';
import { NumberField } from '../../shared/number-field';
import type { WorkDraft } from './work-draft';

/** What each part of the work form edits, and how it finds its error. */
interface PartProps {
  draft: WorkDraft;
  setDraft: SetStoreFunction<WorkDraft>;
  errorOf: (field: WorkField) => string | undefined;
}

type OnOff = 'autoStart' | 'shortEnabled' | 'longEnabled';
type Amount = Exclude<keyof WorkDraft, OnOff>;

/** A checkbox that turns one thing on. */
function OnOffField(props: PartProps & { name: string; field: OnOff; label: MessageKey }) {
  return (
    <label class="field">
      <input
        type="checkbox"
        name={props.name}
        checked={props.draft[props.field]}
        onChange={(event) => props.setDraft(props.field, event.currentTarget.checked)}
      />
      {t(props.label)}
    </label>
  );
}

/** A number, named after its field, with the error of the setting it is stored as. */
function AmountField(
  props: PartProps & {
    field: Amount;
    label: MessageKey;
    /** The setting, which may be kept in another unit than the field shows. */
    stored: WorkField;
    step?: number;
    disabled?: boolean;
  },
) {
  return (
    <NumberField
      name={props.field}
      label={t(props.label)}
      value={props.draft[props.field]}
      step={props.step ?? 1}
      disabled={props.disabled}
      error={props.errorOf(props.stored)}
      onInput={(value) => props.setDraft(props.field, value)}
    />
  );
}

/** When the day starts by itself, what counts as away, and the hours limits. */
export function WorkDayFields(props: PartProps) {
  return (
    <fieldset>
      <legend>{t('workDayLegend')}</legend>
      <OnOffField {...props} name="auto-start" field="autoStart" label="workAutoStart" />
      <AmountField
        {...props}
        field="idleThresholdMinutes"
        label="workIdleThreshold"
        stored="idleThresholdSeconds"
        step={0.5}
      />
      <AmountField
        {...props}
        field="dailyLimitHours"
        label="workDailyLimit"
        stored="dailyLimitMinutes"
        step={0.5}
      />
      <AmountField
        {...props}
        field="weeklyLimitHours"
        label="workWeeklyLimit"
        stored="weeklyLimitMinutes"
        step={0.5}
      />
      <p class="muted">{t('workLimitHelp')}</p>
    </fieldset>
  );
}

/** The short and the long break: each on or off, after how long, and how long. */
export function BreakFields(props: PartProps) {
  return (
    <fieldset>
      <legend>{t('breaksLegend')}</legend>
      <OnOffField {...props} name="short-enabled" field="shortEnabled" label="breaksShortEnabled" />
      <AmountField
        {...props}
        field="shortAfterMinutes"
        stored="shortAfterMinutes"
        label="breaksShortAfter"
        disabled={!props.draft.shortEnabled}
      />
      <AmountField
        {...props}
        field="shortMinutes"
        stored="shortMinutes"
        label="breaksShortLength"
        disabled={!props.draft.shortEnabled}
      />
      <OnOffField {...props} name="long-enabled" field="longEnabled" label="breaksLongEnabled" />
      <AmountField
        {...props}
        field="longAfterMinutes"
        stored="longAfterMinutes"
        label="breaksLongAfter"
        disabled={!props.draft.longEnabled}
      />
      <AmountField
        {...props}
        field="longMinutes"
        stored="longMinutes"
        label="breaksLongLength"
        disabled={!props.draft.longEnabled}
      />
      <p class="muted">{t('breaksNaturalHelp')}</p>
    </fieldset>
  );
}
