import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { updateSettings } from '../../../db/settings';
import type { Settings } from '../../../domain/types';
import {
  validateWorkSettings,
  type WorkError,
  type WorkField,
} from '../../../domain/work-settings-validation';
import { t, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { NumberField } from '../../shared/number-field';
import { SaveStatus, type StatusNote } from '../../shared/status-line';
import { write } from '../../shared/write';
import { workDraft, workFrom, type WorkDraft } from './work-draft';

const CODE_TEXT: Record<WorkError['code'], MessageKey> = {
  'out-of-range': 'errorRange',
  'long-before-short': 'errorLongBeforeShort',
  'break-longer-than-gap': 'errorBreakLongerThanGap',
};

// Limits and the idle threshold are shown in hours and minutes; the range is kept in the
// stored unit, so it is converted back for the message.
const SHOWN_UNIT: Partial<Record<WorkField, number>> = {
  dailyLimitMinutes: 60,
  weeklyLimitMinutes: 60,
  idleThresholdSeconds: 60,
};

/** When the day starts, what counts as away, hours limits and breaks. */
export function WorkForm(props: { initial: Settings; onSaved: (settings: Settings) => void }) {
  // The form edits its own copy from here on.
  const [draft, setDraft] = createStore<WorkDraft>(workDraft(props.initial));
  const [errors, setErrors] = createSignal<WorkError[]>([]);
  const [status, setStatus] = createSignal<StatusNote | null>(null);

  const errorOf = (field: WorkField) => {
    const found = errors().find((error) => error.field === field);
    if (!found) return undefined;
    const unit = SHOWN_UNIT[field] ?? 1;
    return t(CODE_TEXT[found.code], [
      String((found.min ?? 0) / unit),
      String((found.max ?? 0) / unit),
    ]);
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const next = workFrom(draft);
    const found = validateWorkSettings(next.work, next.breaks, next.idleThresholdSeconds);
    setErrors(found);
    if (found.length > 0) return setStatus({ ok: false, text: t('errorSummary') });
    try {
      const saved = await write('settings', (db) =>
        updateSettings(db, (current) => ({ ...current, ...next })),
      );
      props.onSaved(saved);
      setStatus({ ok: true, text: t('workSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('saveFailedNothingChanged', [errorText(error)]) });
    }
  }

  const field = (
    name: WorkField & keyof WorkDraft,
    label: MessageKey,
    step = 1,
    disabled?: () => boolean,
  ) => (
    <NumberField
      name={name}
      label={t(label)}
      value={draft[name] as string}
      step={step}
      disabled={disabled?.()}
      error={errorOf(name)}
      onInput={(value) => setDraft(name, value)}
    />
  );

  return (
    <form class="hours-form" noValidate onSubmit={(event) => void save(event)}>
      <fieldset>
        <legend>{t('workDayLegend')}</legend>
        <label class="field">
          <input
            type="checkbox"
            name="auto-start"
            checked={draft.autoStart}
            onChange={(event) => setDraft('autoStart', event.currentTarget.checked)}
          />
          {t('workAutoStart')}
        </label>
        <NumberField
          name="idleThresholdMinutes"
          label={t('workIdleThreshold')}
          value={draft.idleThresholdMinutes}
          step={0.5}
          error={errorOf('idleThresholdSeconds')}
          onInput={(value) => setDraft('idleThresholdMinutes', value)}
        />
        <NumberField
          name="dailyLimitHours"
          label={t('workDailyLimit')}
          value={draft.dailyLimitHours}
          step={0.5}
          error={errorOf('dailyLimitMinutes')}
          onInput={(value) => setDraft('dailyLimitHours', value)}
        />
        <NumberField
          name="weeklyLimitHours"
          label={t('workWeeklyLimit')}
          value={draft.weeklyLimitHours}
          step={0.5}
          error={errorOf('weeklyLimitMinutes')}
          onInput={(value) => setDraft('weeklyLimitHours', value)}
        />
        <p class="muted">{t('workLimitHelp')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('breaksLegend')}</legend>
        <label class="field">
          <input
            type="checkbox"
            name="short-enabled"
            checked={draft.shortEnabled}
            onChange={(event) => setDraft('shortEnabled', event.currentTarget.checked)}
          />
          {t('breaksShortEnabled')}
        </label>
        {field('shortAfterMinutes', 'breaksShortAfter', 1, () => !draft.shortEnabled)}
        {field('shortMinutes', 'breaksShortLength', 1, () => !draft.shortEnabled)}
        <label class="field">
          <input
            type="checkbox"
            name="long-enabled"
            checked={draft.longEnabled}
            onChange={(event) => setDraft('longEnabled', event.currentTarget.checked)}
          />
          {t('breaksLongEnabled')}
        </label>
        {field('longAfterMinutes', 'breaksLongAfter', 1, () => !draft.longEnabled)}
        {field('longMinutes', 'breaksLongLength', 1, () => !draft.longEnabled)}
        <p class="muted">{t('breaksNaturalHelp')}</p>
      </fieldset>
      <div class="form-actions">
        <button type="submit">{t('save')}</button>
        <SaveStatus status={status()} />
      </div>
    </form>
  );
}
