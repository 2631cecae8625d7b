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
import { createSaveStatus } from '../../shared/save-status';
import { SaveStatus } from '../../shared/status-line';
import { write } from '../../shared/write';
import { workDraft, workFrom, type WorkDraft } from './work-draft';
import { BreakFields, WorkDayFields } from './work-fields';

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
  const status = createSaveStatus();

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
    if (found.length > 0) return status.refused();
    const { onSaved } = props;
    await status.save(async () => {
      const saved = await write('settings', (db) =>
        updateSettings(db, (current) => ({ ...current, ...next })),
      );
      onSaved(saved);
    }, t('workSaved'));
  }

  return (
    <form class="hours-form" noValidate onSubmit={(event) => void save(event)}>
      <WorkDayFields draft={draft} setDraft={setDraft} errorOf={errorOf} />
      <BreakFields draft={draft} setDraft={setDraft} errorOf={errorOf} />
      <div class="form-actions">
        <button type="submit">{t('save')}</button>
        <SaveStatus status={status.status()} />
      </div>
    </form>
  );
}
