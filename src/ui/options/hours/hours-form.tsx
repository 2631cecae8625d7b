import { createSignal, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { now } from '../../../clock';
import { updateSettings } from '../../../db/settings';
import { validateSettings, type ScheduleError } from '../../../domain/schedule-validation';
import type { Settings, Weekday } from '../../../domain/types';
import { t } from '../../../i18n';
import { errorText } from '../../shared/format';
import { write } from '../../shared/write';
import { markHoursChecked } from '../../../db/first-steps';
import { BoundaryFields } from './boundary-fields';
import { draftFrom, settingsFrom } from './hours-draft';
import { HoursOutcome, type Outcome } from './hours-outcome';
import { ScheduleFields } from './schedule-fields';

/** The weekly schedule and end-of-day reminders: validated, saved in one write, undoable. */
export function HoursForm(props: { initial: Settings }) {
  // The form edits a copy; `initial` is only where it starts, and what the last save wrote.
  let stored = props.initial;
  const [draft, setDraft] = createStore(draftFrom(stored));
  const [errors, setErrors] = createSignal<ScheduleError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome>({ kind: 'idle' });
  let summary: HTMLParagraphElement | undefined;

  const errorsFor = (day: Weekday | null, fields: ScheduleError['field'][]) =>
    errors().filter((error) => error.day === day && fields.includes(error.field));

  // Only the hours and their reminders: the rest of the settings may have changed elsewhere.
  async function store(next: Settings): Promise<void> {
    const at = (await now()).getTime();
    stored = await write('settings', async (db) => {
      const saved = await updateSettings(
        db,
        (current) => ({ ...current, schedule: next.schedule, boundary: next.boundary }),
        at,
      );
      // Saved hours are checked hours: the first steps say so.
      await markHoursChecked(db, at);
      return saved;
    });
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    // Saving already: the button is only aria-disabled, so that focus stays on it.
    if (busy()) return;
    const next = settingsFrom(draft, stored);
    const found = validateSettings(next);
    setErrors(found);
    if (found.length > 0) {
      setOutcome({ kind: 'idle' });
      queueMicrotask(() => summary?.focus());
      return;
    }
    const previous = stored;
    setBusy(true);
    try {
      await store(next);
      setOutcome({ kind: 'saved', previous });
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  async function undo(previous: Settings) {
    setBusy(true);
    try {
      await store(previous);
      setDraft(reconcile(draftFrom(previous)));
      setErrors([]);
      setOutcome({ kind: 'undone' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="hours-form" noValidate onSubmit={(event) => void save(event)}>
      <Show when={errors().length > 0}>
        <p
          class="alert"
          role="alert"
          tabIndex={-1}
          ref={(element) => (summary = element)}
          data-testid="error-summary"
        >
          {t('errorSummary')}
        </p>
      </Show>
      <ScheduleFields draft={draft} setDraft={setDraft} errorsFor={errorsFor} />
      <BoundaryFields draft={draft} errors={errors()} onChange={(patch) => setDraft(patch)} />
      <div class="form-actions">
        <button type="submit" aria-disabled={busy()}>
          {busy() ? t('saving') : t('save')}
        </button>
        <HoursOutcome outcome={outcome()} onUndo={(previous) => void undo(previous)} />
      </div>
    </form>
  );
}
