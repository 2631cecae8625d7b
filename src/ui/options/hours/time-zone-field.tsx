import { For } from 'solid-js';
import type { ScheduleError } from '../../../domain/schedule-validation';
import { t } from '../../../i18n';

/** The zone the schedule is read in, typed or picked from the browser's own list. */
export function TimeZoneField(props: {
  value: string;
  errors: ScheduleError[];
  onChange: (timeZone: string) => void;
}) {
  const zones = Intl.supportedValuesOf('timeZone');
  return (
    <div>
      <label class="field">
        {t('timeZoneLabel')}
        <input
          name="time-zone"
          list="time-zones"
          value={props.value}
          aria-invalid={props.errors.length > 0}
          aria-describedby="time-zone-help time-zone-error"
          onInput={(event) => props.onChange(event.currentTarget.value)}
        />
      </label>
      <datalist id="time-zones">
        <For each={zones}>{(zone) => <option value={zone} />}</For>
      </datalist>
      <p class="muted" id="time-zone-help">
        {t('timeZoneHelp')}
      </p>
      <div class="error" id="time-zone-error">
        <For each={props.errors}>{(error) => <p>{t(error.message)}</p>}</For>
      </div>
    </div>
  );
}
