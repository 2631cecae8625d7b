import { For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { ScheduleError } from '../../../domain/schedule-validation';
import { WEEKDAYS } from '../../../domain/settings';
import type { Weekday } from '../../../domain/types';
import { t } from '../../../i18n';
import { DayRow } from './day-row';
import type { HoursDraft } from './hours-draft';
import { TimeZoneField } from './time-zone-field';

/** The week's working hours, day by day, and the zone they are in. */
export function ScheduleFields(props: {
  draft: HoursDraft;
  setDraft: SetStoreFunction<HoursDraft>;
  errorsFor: (day: Weekday | null, fields: ScheduleError['field'][]) => ScheduleError[];
}) {
  return (
    <fieldset>
      <legend>{t('scheduleLegend')}</legend>
      <p class="muted">{t('scheduleHelp')}</p>
      <For each={WEEKDAYS}>
        {(day) => (
          <DayRow
            day={day}
            draft={props.draft.days[day]}
            errors={props.errorsFor(day, ['start', 'end'])}
            onChange={(patch) => props.setDraft('days', day, patch)}
          />
        )}
      </For>
      <For each={props.errorsFor(null, ['schedule'])}>
        {(error) => <p class="error">{t(error.message)}</p>}
      </For>
      <TimeZoneField
        value={props.draft.timeZone}
        errors={props.errorsFor(null, ['timeZone'])}
        onChange={(timeZone) => props.setDraft('timeZone', timeZone)}
      />
    </fieldset>
  );
}
