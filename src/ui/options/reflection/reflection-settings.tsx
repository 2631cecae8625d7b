import { createSignal, For } from 'solid-js';
import { createStore } from 'solid-js/store';
import { updateSettings } from '../../../db/settings';
import {
  validateReflectionSettings,
  type ReflectionSettingsError,
} from '../../../domain/reflection-validation';
import { WEEKDAYS } from '../../../domain/settings';
import { lastWorkday } from '../../../domain/rules/reflection';
import type { ReflectionSettings, Weekday, WorkSchedule } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { weekdayName } from '../../shared/format';
import { createSaveStatus } from '../../shared/save-status';
import { SaveStatus } from '../../shared/status-line';
import { write } from '../../shared/write';

const ERROR_TEXT: Record<ReflectionSettingsError['code'], MessageKey> = {
  'weekday-range': 'reflectionErrorWeekday',
  'time-format': 'errorTimeFormat',
};

// 1–7 January 2023 ran Sunday to Saturday: a date for each weekday's name.
const sampleDate = (day: Weekday) => `2023-01-0${day + 1}`;

// The select's value for "the last workday of my week" (stored as null).
const LAST_WORKDAY = 'last-workday';

/** Whether, on which weekday and at what time the weekly reflection nudge comes. */
export function ReflectionSettingsForm(props: {
  initial: ReflectionSettings;
  /** The schedule, which says which day is the last workday of the week. */
  schedule: WorkSchedule;
  onSaved: (reflection: ReflectionSettings) => void;
}) {
  const lastDay = () => weekdayName(sampleDate(lastWorkday(props.schedule)));
  // The form edits its own copy from here on.
  const start = props.initial;
  const [draft, setDraft] = createStore({
    enabled: start.enabled,
    weekday: start.weekday === null ? LAST_WORKDAY : String(start.weekday),
    time: start.time,
  });
  const [errors, setErrors] = createSignal<ReflectionSettingsError[]>([]);
  const status = createSaveStatus();
  const errorOf = (field: ReflectionSettingsError['field']) => {
    const found = errors().find((error) => error.field === field);
    return found ? t(ERROR_TEXT[found.code]) : undefined;
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const reflection: ReflectionSettings = {
      enabled: draft.enabled,
      weekday: draft.weekday === LAST_WORKDAY ? null : (Number(draft.weekday) as Weekday),
      time: draft.time,
    };
    const found = validateReflectionSettings(reflection);
    setErrors(found);
    if (found.length > 0) return status.refused();
    const { onSaved } = props;
    const saved = !reflection.enabled
      ? t('reflectionSettingsOff')
      : reflection.weekday === null
        ? t('reflectionSettingsSavedLastWorkday', [lastDay(), reflection.time])
        : t('reflectionSettingsSaved', [
            weekdayName(sampleDate(reflection.weekday)),
            reflection.time,
          ]);
    await status.save(async () => {
      await write('settings', (db) =>
        updateSettings(db, (current) => ({ ...current, reflection })),
      );
      onSaved(reflection);
    }, saved);
  }

  return (
    <details class="card reflection-settings">
      <summary>{t('reflectionSettingsHeading')}</summary>
      <form noValidate onSubmit={(event) => void save(event)} class="hours-form">
        <label class="field">
          <input
            type="checkbox"
            name="reflection-enabled"
            checked={draft.enabled}
            onChange={(event) => setDraft('enabled', event.currentTarget.checked)}
          />
          {t('reflectionEnabled')}
        </label>
        <div class="form-row">
          <div class="field-block">
            <label class="field">
              {t('reflectionWeekday')}
              <select
                name="reflection-weekday"
                value={draft.weekday}
                aria-invalid={errorOf('weekday') !== undefined}
                aria-describedby="reflection-weekday-error"
                onChange={(event) => setDraft('weekday', event.currentTarget.value)}
              >
                <option value={LAST_WORKDAY}>{t('reflectionLastWorkday', [lastDay()])}</option>
                <For each={WEEKDAYS}>
                  {(day) => <option value={String(day)}>{weekdayName(sampleDate(day))}</option>}
                </For>
              </select>
            </label>
            <p class="error" id="reflection-weekday-error">
              {errorOf('weekday')}
            </p>
          </div>
          <div class="field-block">
            <label class="field">
              {t('reflectionTime')}
              <input
                type="time"
                name="reflection-time"
                value={draft.time}
                aria-invalid={errorOf('time') !== undefined}
                aria-describedby="reflection-time-error reflection-settings-help"
                onInput={(event) => setDraft('time', event.currentTarget.value)}
              />
            </label>
            <p class="error" id="reflection-time-error">
              {errorOf('time')}
            </p>
          </div>
        </div>
        <p class="muted" id="reflection-settings-help">
          {t('reflectionSettingsHelp')}
        </p>
        <div class="form-actions">
          <button type="submit">{t('reflectionSettingsSave')}</button>
          <SaveStatus status={status.status()} />
        </div>
      </form>
    </details>
  );
}
