import { For } from 'solid-js';
import type { ScheduleError } from '../../../domain/schedule-validation';
import type { Weekday } from '../../../domain/types';
import { t } from '../../../i18n';
import { weekdayName } from '../../shared/format';
import type { DayDraft } from './hours-draft';

// 2023-01-01 was a Sunday: day n of that week names weekday n in the UI language.
const sampleDate = (day: Weekday) => `2023-01-0${day + 1}`;

/** One weekday of the schedule: working or not, start, end, past midnight. */
export function DayRow(props: {
  day: Weekday;
  draft: DayDraft;
  errors: ScheduleError[];
  onChange: (patch: Partial<DayDraft>) => void;
}) {
  const id = (part: string) => `day-${props.day}-${part}`;
  const invalid = () => props.errors.length > 0;
  return (
    <div class="day-row" role="group" aria-labelledby={id('name')}>
      <label class="field">
        <input
          type="checkbox"
          checked={props.draft.working}
          onChange={(event) => props.onChange({ working: event.currentTarget.checked })}
        />
        <span id={id('name')}>{weekdayName(sampleDate(props.day))}</span>
        <span class="visually-hidden">{t('workingDay')}</span>
      </label>
      <label class="field">
        {t('startTime')}
        <input
          type="time"
          name={id('start')}
          value={props.draft.start}
          disabled={!props.draft.working}
          aria-invalid={props.errors.some((error) => error.field === 'start')}
          aria-describedby={invalid() ? id('error') : undefined}
          onInput={(event) => props.onChange({ start: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        {t('endTime')}
        <input
          type="time"
          name={id('end')}
          value={props.draft.end}
          disabled={!props.draft.working}
          aria-invalid={props.errors.some((error) => error.field === 'end')}
          aria-describedby={invalid() ? id('error') : undefined}
          onInput={(event) => props.onChange({ end: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <input
          type="checkbox"
          name={id('next-day')}
          checked={props.draft.endsNextDay}
          disabled={!props.draft.working}
          onChange={(event) => props.onChange({ endsNextDay: event.currentTarget.checked })}
        />
        {t('endsNextDay')}
      </label>
      <div class="field-error error" id={id('error')}>
        <For each={props.errors}>{(error) => <p>{t(error.message)}</p>}</For>
      </div>
    </div>
  );
}
