import { For, Show } from 'solid-js';
import { WEEKDAYS } from '../../../domain/settings';
import type { Recurrence, Weekday } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { weekdayName } from '../../shared/format';
import { NumberField } from '../../shared/number-field';
import type { CheckInPartProps } from './check-in-when';

const REPEATS: { repeat: Recurrence['kind']; label: MessageKey }[] = [
  { repeat: 'none', label: 'repeatNone' },
  { repeat: 'weekly', label: 'repeatWeekly' },
  { repeat: 'monthly-date', label: 'repeatMonthlyDate' },
  { repeat: 'monthly-weekday', label: 'repeatMonthlyWeekday' },
];
const NTHS: { nth: string; label: MessageKey }[] = [
  { nth: '1', label: 'nthFirst' },
  { nth: '2', label: 'nthSecond' },
  { nth: '3', label: 'nthThird' },
  { nth: '4', label: 'nthFourth' },
  { nth: '5', label: 'nthFifth' },
  { nth: '-1', label: 'nthLast' },
];
// 2023-01-01 was a Sunday: day n of that week names weekday n.
const sampleDate = (day: Weekday) => `2023-01-0${day + 1}`;

/** How often the check-in repeats, and the days or dates that says. */
export function RepeatFields(props: CheckInPartProps) {
  return (
    <>
      <label class="field">
        {t('checkInRepeat')}
        <select
          name="check-in-repeat"
          value={props.draft.repeat}
          onChange={(event) =>
            props.setDraft('repeat', event.currentTarget.value as Recurrence['kind'])
          }
        >
          <For each={REPEATS}>
            {(entry) => <option value={entry.repeat}>{t(entry.label)}</option>}
          </For>
        </select>
      </label>
      <Show when={props.draft.repeat === 'weekly'}>
        <WeeklyFields {...props} />
      </Show>
      <Show when={props.draft.repeat === 'monthly-date'}>
        <NumberField
          name="check-in-month-day"
          label={t('checkInMonthDay')}
          value={props.draft.monthDay}
          error={props.errorOf('day')}
          onInput={(value) => props.setDraft('monthDay', value)}
        />
        <p class="muted">{t('checkInMonthDayNote')}</p>
      </Show>
      <Show when={props.draft.repeat === 'monthly-weekday'}>
        <NthWeekdayFields {...props} />
      </Show>
    </>
  );
}

/** Every how many weeks, and on which days. */
function WeeklyFields(props: CheckInPartProps) {
  return (
    <>
      <NumberField
        name="check-in-every-weeks"
        label={t('checkInEveryWeeks')}
        value={props.draft.everyWeeks}
        error={props.errorOf('everyWeeks')}
        onInput={(value) => props.setDraft('everyWeeks', value)}
      />
      <fieldset aria-describedby={`${props.uid}-weekdays-error`}>
        <legend>{t('checkInOnDays')}</legend>
        <div class="chips">
          <For each={WEEKDAYS}>
            {(day) => (
              <label class="field">
                <input
                  type="checkbox"
                  checked={props.draft.weekdays.includes(day)}
                  onChange={(event) =>
                    props.setDraft('weekdays', (days) =>
                      event.currentTarget.checked
                        ? [...days, day]
                        : days.filter((other) => other !== day),
                    )
                  }
                />
                {weekdayName(sampleDate(day))}
              </label>
            )}
          </For>
        </div>
        <p class="error" id={`${props.uid}-weekdays-error`}>
          {props.errorOf('weekdays')}
        </p>
      </fieldset>
    </>
  );
}

/** Which weekday of the month ('the last Friday'). */
function NthWeekdayFields(props: CheckInPartProps) {
  return (
    <>
      <div class="form-row">
        <label class="field">
          {t('checkInNth')}
          <select
            name="check-in-nth"
            value={props.draft.nth}
            onChange={(event) => props.setDraft('nth', event.currentTarget.value)}
          >
            <For each={NTHS}>{(entry) => <option value={entry.nth}>{t(entry.label)}</option>}</For>
          </select>
        </label>
        <label class="field">
          {t('checkInNthWeekday')}
          <select
            name="check-in-nth-weekday"
            value={String(props.draft.nthWeekday)}
            onChange={(event) =>
              props.setDraft('nthWeekday', Number(event.currentTarget.value) as Weekday)
            }
          >
            <For each={WEEKDAYS}>
              {(day) => <option value={day}>{weekdayName(sampleDate(day))}</option>}
            </For>
          </select>
        </label>
      </div>
      <p class="error">{props.errorOf('nth')}</p>
    </>
  );
}
