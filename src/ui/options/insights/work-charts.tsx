import { createMemo } from 'solid-js';
import { HOUR_MS } from '../../../domain/time-units';
import { durationText, t } from '../../../i18n';
import { countText, plural } from '../../../plural';
import { BarChart } from './bar-chart';
import { ChartFigure } from './chart-figure';
import { decimal, hoursText } from './insights-format';
import {
  columnsOf,
  measuredCell,
  measuredSince,
  measuredWeeks,
  rowHeader,
  sum,
  type WeeklyProps,
} from './weeks';

/** A sentence, and after it what Tend did not measure, if anything. */
const withSince = (text: string, weeks: Parameters<typeof measuredSince>[0]) => {
  const since = measuredSince(weeks);
  return since === null ? text : `${text} ${since}`;
};

/** Hours worked per week, with the schedule and the weekly limit marked on each bar. */
export function HoursChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  const full = createMemo(() => measuredWeeks(weeks()));
  const limit = () => weeks().at(-1)?.weeklyLimitMs ?? null;
  const summary = () => withSince(hoursSummary(), weeks());
  const hoursSummary = () => {
    const count = full().length;
    if (count === 0) return t('insightsHoursNone');
    const average = durationText(sum(full().map((week) => week.workedMs)) / count);
    const scheduled = durationText(sum(full().map((week) => week.scheduledMs)) / count);
    const cap = limit();
    // One week has no average and no "of them": the 'one' forms leave them out.
    if (cap === null) {
      return plural('insightsHoursSummary', count, [countText(count), average, scheduled]);
    }
    const over = full().filter((week) => week.workedMs > cap).length;
    return plural('insightsHoursSummaryLimit', count, [
      countText(count),
      average,
      scheduled,
      countText(over),
      durationText(cap),
    ]);
  };
  const markers = () => [
    {
      label: t('insightsScheduled'),
      // Only on weeks Tend measured: a line over nothing says nothing.
      values: weeks().map((week) =>
        week.measured && week.scheduledMs > 0 ? week.scheduledMs / HOUR_MS : null,
      ),
    },
    ...(limit() === null
      ? []
      : [
          {
            label: t('insightsLimit'),
            values: weeks().map((week) =>
              week.measured && week.weeklyLimitMs !== null ? week.weeklyLimitMs / HOUR_MS : null,
            ),
          },
        ]),
  ];
  return (
    <ChartFigure
      id="insights-hours"
      title={t('insightsHoursHeading')}
      summary={summary()}
      legend={[
        { label: t('insightsWorked'), kind: 'fill', index: 0 },
        ...markers().map((marker, index) => ({
          label: marker.label,
          kind: 'marker' as const,
          index,
        })),
      ]}
      table={{
        columns: [
          t('insightsWeekColumn'),
          t('insightsWorked'),
          t('insightsScheduled'),
          t('insightsLimit'),
        ],
        rows: weeks().map((week) => ({
          header: rowHeader(week),
          cells: [
            measuredCell(week, durationText(week.workedMs)),
            measuredCell(week, durationText(week.scheduledMs)),
            measuredCell(
              week,
              week.weeklyLimitMs === null ? t('insightsNoLimit') : durationText(week.weeklyLimitMs),
            ),
          ],
        })),
      }}
    >
      <BarChart
        label={t('insightsHoursLabel')}
        columns={columnsOf(weeks())}
        series={[
          {
            label: t('insightsWorked'),
            values: weeks().map((w) => (w.measured ? w.workedMs / HOUR_MS : null)),
          },
        ]}
        markers={markers()}
        axis={(hours) => hoursText(hours * HOUR_MS)}
      />
    </ChartFigure>
  );
}

/** Breaks taken per week. */
export function BreaksChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  // The hours chart above says since when Tend measured; its table says which weeks it did not.
  const summary = () => {
    const full = measuredWeeks(weeks());
    if (full.length === 0) return t('insightsBreaksNone');
    const total = sum(full.map((week) => week.breaksTaken));
    return plural('insightsBreaksSummary', full.length, [
      countText(total),
      countText(full.length),
      decimal(total / full.length),
    ]);
  };
  return (
    <ChartFigure
      id="insights-breaks"
      title={t('insightsBreaksHeading')}
      summary={summary()}
      table={{
        columns: [t('insightsWeekColumn'), t('insightsBreaksColumn')],
        rows: weeks().map((week) => ({
          header: rowHeader(week),
          cells: [measuredCell(week, String(week.breaksTaken))],
        })),
      }}
    >
      <BarChart
        label={t('insightsBreaksLabel')}
        columns={columnsOf(weeks())}
        series={[
          {
            label: t('insightsBreaksColumn'),
            values: weeks().map((w) => (w.measured ? w.breaksTaken : null)),
          },
        ]}
        axis={String}
        whole
      />
    </ChartFigure>
  );
}
