import { tz } from '@date-fns/tz';
import { format, startOfWeek, addDays } from 'date-fns';
import { createMemo, For, Show } from 'solid-js';
import { weekHours } from '../../../domain/week-hours';
import type { ActivityTransition, DayException, Settings } from '../../../domain/types';
import { durationText, t } from '../../../i18n';
import { weekdayName } from '../../shared/format';

/** The local dates, Monday to Sunday, of the week that holds `now`. */
export function weekDates(timeZone: string, now: Date): string[] {
  const monday = startOfWeek(now, { weekStartsOn: 1, in: tz(timeZone) });
  return [0, 1, 2, 3, 4, 5, 6].map((days) => format(addDays(monday, days), 'yyyy-MM-dd'));
}

/** This week's hours against the schedule and the limits: a table, with bars for the eye. */
export function WeekView(props: {
  settings: Settings;
  activity: ActivityTransition[];
  exceptions: DayException[];
  now: Date;
}) {
  const week = createMemo(() => {
    const monday = weekDates(props.settings.schedule.timeZone, props.now)[0]!;
    return weekHours(props.settings, props.exceptions, props.activity, monday, props.now);
  });
  const scale = createMemo(() =>
    Math.max(
      1,
      ...week().days.flatMap((day) => [day.scheduledMs, day.workedMs]),
      week().dailyLimitMs ?? 0,
    ),
  );
  const width = (ms: number) => `${Math.round((ms / scale()) * 100)}%`;
  return (
    <section aria-labelledby="week-heading" class="week-view">
      <h3 id="week-heading">{t('weekHeading')}</h3>
      <table>
        <caption class="visually-hidden">{t('weekCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('weekDay')}</th>
            <th scope="col">{t('weekWorked')}</th>
            <th scope="col">{t('weekScheduled')}</th>
            <th scope="col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          <For each={week().days}>
            {(day) => (
              <tr>
                <th scope="row">
                  {weekdayName(day.date)}
                  <Show when={day.onCall}>
                    {' '}
                    <span class="badge">{t('onCall')}</span>
                  </Show>
                </th>
                <td>{durationText(day.workedMs)}</td>
                <td>{day.scheduledMs > 0 ? durationText(day.scheduledMs) : t('dayOff')}</td>
                <td class="bars" aria-hidden="true">
                  <div class="bar scheduled" style={{ width: width(day.scheduledMs) }} />
                  <div
                    class="bar worked"
                    classList={{ over: day.workedMs > day.scheduledMs }}
                    style={{ width: width(day.workedMs) }}
                  />
                </td>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('weekTotal')}</th>
            <td>{durationText(week().workedMs)}</td>
            <td>{durationText(week().scheduledMs)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <Show when={week().weeklyLimitMs}>
        {(limit) => <p class="muted">{t('weekLimit', [durationText(limit())])}</p>}
      </Show>
    </section>
  );
}
