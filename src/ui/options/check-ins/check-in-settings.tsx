import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { updateSettings } from '../../../db/settings';
import type { CheckInSettings } from '../../../domain/types';
import { t } from '../../../i18n';
import { gatheringIdeas } from '../../../text/gathering-ideas';
import { NumberField, numberOf, numberOrNull } from '../../shared/number-field';
import { createSaveStatus } from '../../shared/save-status';
import { SaveStatus } from '../../shared/status-line';
import { write } from '../../shared/write';
import { isClockTime } from '../../../domain/clock-time';

/** Preparation time, the in-person target, and informal gathering ideas (the user's own list). */
export function CheckInSettingsForm(props: { initial: CheckInSettings; onSaved: () => void }) {
  // The form edits its own copy from here on.
  const start = props.initial;
  const [draft, setDraft] = createStore({
    prepTime: start.prepTime,
    target: String(Math.round(start.inPersonTarget * 100)),
    gatheringWeeks: start.gatheringAfterWeeks === null ? '' : String(start.gatheringAfterWeeks),
    ideas: gatheringIdeas(start.gatheringIdeas).join('\n'),
  });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const status = createSaveStatus();

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const target = numberOf(draft.target);
    const weeks = numberOrNull(draft.gatheringWeeks);
    const ideas = draft.ideas
      .split('\n')
      .map((idea) => idea.trim())
      .filter((idea) => idea !== '');
    const found: Record<string, string> = {};
    if (!isClockTime(draft.prepTime)) found.prepTime = t('errorTimeFormat');
    if (!Number.isInteger(target) || target < 0 || target > 100) {
      found.target = t('errorRange', ['0', '100']);
    }
    if (weeks !== null && (!Number.isInteger(weeks) || weeks < 1 || weeks > 52)) {
      found.gatheringWeeks = t('errorRange', ['1', '52']);
    }
    if (ideas.length > 50 || ideas.some((idea) => idea.length > 200)) found.ideas = t('errorIdeas');
    setErrors(found);
    if (Object.keys(found).length > 0) return status.refused();
    const prepTime = draft.prepTime;
    const { onSaved } = props;
    await status.save(async () => {
      await write('settings', (db) =>
        updateSettings(db, (current) => ({
          ...current,
          checkIns: {
            ...current.checkIns,
            prepTime,
            inPersonTarget: target / 100,
            gatheringAfterWeeks: weeks,
            gatheringIdeas: ideas.length > 0 ? ideas : null,
          },
        })),
      );
      onSaved();
    }, t('workSaved'));
  }

  return (
    <details class="card">
      <summary>{t('checkInSettingsHeading')}</summary>
      <form class="hours-form" noValidate onSubmit={(event) => void save(event)}>
        <div class="field-block">
          <label class="field">
            {t('prepTimeLabel')}
            <input
              type="time"
              name="prep-time"
              value={draft.prepTime}
              aria-invalid={errors().prepTime !== undefined}
              aria-describedby="prep-time-error"
              onInput={(event) => setDraft('prepTime', event.currentTarget.value)}
            />
          </label>
          <p class="error" id="prep-time-error">
            {errors().prepTime}
          </p>
        </div>
        <NumberField
          name="in-person-target"
          label={t('inPersonTargetLabel')}
          value={draft.target}
          error={errors().target}
          onInput={(value) => setDraft('target', value)}
        />
        <NumberField
          name="gathering-weeks"
          label={t('gatheringWeeksLabel')}
          value={draft.gatheringWeeks}
          error={errors().gatheringWeeks}
          onInput={(value) => setDraft('gatheringWeeks', value)}
        />
        <div class="field-block">
          <label for="gathering-ideas">{t('gatheringIdeasLabel')}</label>
          <textarea
            id="gathering-ideas"
            rows={6}
            value={draft.ideas}
            aria-describedby="gathering-ideas-error"
            onInput={(event) => setDraft('ideas', event.currentTarget.value)}
          />
          <p class="error" id="gathering-ideas-error">
            {errors().ideas}
          </p>
        </div>
        <div class="form-actions">
          <button type="submit">{t('save')}</button>
          <SaveStatus status={status.status()} />
        </div>
      </form>
    </details>
  );
}
