import { createMemo } from 'solid-js';
import { HOUR_MS } from '../../../domain/time-units';
import { durationText, t } from '../../../i18n';
import { BarChart } from './bar-chart';
import { ChartFigure } from './chart-figure';
import { decimal, hoursText } from './insights-format';
import { columnsOf, fullWeeks, rowHeader, sum, type WeeklyProps } from './weeks';

/** Hours worked per week, with the schedule and the weekly limit marked on each bar. */
export function HoursChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  const full = createMemo(() => fullWeeks(weeks()));
  const limit = () => weeks().at(-1)?.weeklyLimitMs ?? null;
  const summary = () => {
    const count = full().length;
    if (count === 0) return t('insightsHoursNone');
    const average = durationText(sum(full().map((week) => week.workedMs)) / count);
    const scheduled = durationText(sum(full().map((week) => week.scheduledMs)) / count);
    const cap = limit();
    // One week has no average and no "of them": its own sentence.
    if (count === 1) {
      return cap === null
        ? t('insightsHoursSummaryOne', [average, scheduled])
        : t('insightsHoursSummaryOneLimit', [average, scheduled, durationText(cap)]);
    }
    if (cap === null) return t('insightsHoursSummary', [String(count), average, scheduled]);
    const over = full().filter((week) => week.workedMs > cap).length;
    return t('insightsHoursSummaryLimit', [
      String(count),
      average,
      scheduled,
      String(over),
      durationText(cap),
    ]);
  };
  const markers = () => [
    {
      label: t('insightsScheduled'),
      // Only on weeks Tend saw: a line over nothing says nothing.
      values: weeks().map((week) =>
        week.tracked && week.scheduledMs > 0 ? week.scheduledMs / HOUR_MS : null,
      ),
    },
    ...(limit() === null
      ? []
      : [
          {
            label: t('insightsLimit'),
            values: weeks().map((week) =>
              week.tracked && week.weeklyLimitMs !== null ? week.weeklyLimitMs / HOUR_MS : null,
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
            durationText(week.workedMs),
            durationText(week.scheduledMs),
            week.weeklyLimitMs === null ? t('insightsNoLimit') : durationText(week.weeklyLimitMs),
          ],
        })),
      }}
    >
      <BarChart
        label={t('insightsHoursLabel')}
        columns={columnsOf(weeks())}
        series={[{ label: t('insightsWorked'), values: weeks().map((w) => w.workedMs / HOUR_MS) }]}
        markers={markers()}
        axis={(hours) => hoursText(hours * HOUR_MS)}
      />
    </ChartFigure>
  );
}

/** Breaks taken per week. */
export function BreaksChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  const summary = () => {
    const full = fullWeeks(weeks());
    if (full.length === 0) return t('insightsBreaksNone');
    const total = sum(full.map((week) => week.breaksTaken));
    if (full.length === 1) return t('insightsBreaksSummaryOne', [String(total)]);
    return t('insightsBreaksSummary', [
      String(total),
      String(full.length),
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
          cells: [String(week.breaksTaken)],
        })),
      }}
    >
      <BarChart
        label={t('insightsBreaksLabel')}
        columns={columnsOf(weeks())}
        series={[{ label: t('insightsBreaksColumn'), values: weeks().map((w) => w.breaksTaken) }]}
        axis={String}
        whole
      />
    </ChartFigure>
  );
}
