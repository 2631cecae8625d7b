import { createMemo, Show } from 'solid-js';
import {
  CONNECTION_KINDS,
  CONNECTION_MODES,
  type Insights,
  type InsightWeek,
} from '../../../domain/insights/weekly';
import type { SupportDirection } from '../../../domain/types';
import { durationText, t, uiLanguage } from '../../../i18n';
import {
  BALANCE_LABEL,
  DIRECTION_LABEL,
  KIND_LABEL,
  MODE_LABEL,
} from '../../shared/network-labels';
import { BarChart } from './bar-chart';
import { ChartFigure, type LegendEntry } from './chart-figure';
import { decimal, hoursText, mediumDate, percent, scoreText, shortDate } from './insights-format';
import { LineChart } from './line-chart';
import { HOUR_MS } from '../../../domain/time-units';

/** What every weekly chart is drawn from. */
export interface WeeklyProps {
  insights: Insights;
}

const columnsOf = (weeks: InsightWeek[]) => weeks.map((week) => shortDate(week.weekStart));

/** A week as a table's row header; the week under way says so. */
export function rowHeader(week: InsightWeek): string {
  const date = mediumDate(week.weekStart);
  return week.complete ? t('insightsWeekOf', [date]) : t('insightsWeekSoFar', [date]);
}

/** The weeks that are over and that Tend saw: what averages are taken over. */
const fullWeeks = (weeks: InsightWeek[]) => weeks.filter((week) => week.complete && week.tracked);

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Labelled values as a list in the UI language ('Energy: 3, Stress: 4'). */
const unitList = (items: string[]) =>
  new Intl.ListFormat(uiLanguage(), { style: 'short', type: 'unit' }).format(items);

const fills = (labels: string[]): LegendEntry[] =>
  labels.map((label, index) => ({ label, kind: 'fill', index }));

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

/** Connections per week, stacked by kind; only kinds that occur are drawn. */
export function KindChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  const kinds = createMemo(() =>
    CONNECTION_KINDS.map((kind) => ({ kind, total: sum(weeks().map((w) => w.byKind[kind])) })),
  );
  const present = () => kinds().filter((entry) => entry.total > 0);
  const summary = () => {
    const total = sum(weeks().map((week) => week.connections));
    const top = [...present()].sort((a, b) => b.total - a.total)[0];
    return top
      ? t('insightsKindSummary', [String(total), t(KIND_LABEL[top.kind])])
      : t('insightsKindNone');
  };
  const labels = () => present().map((entry) => t(KIND_LABEL[entry.kind]));
  return (
    <ChartFigure
      id="insights-kinds"
      title={t('insightsKindHeading')}
      summary={summary()}
      legend={fills(labels())}
      table={{
        columns: [t('insightsWeekColumn'), ...labels(), t('insightsTotal')],
        rows: weeks().map((week) => ({
          header: rowHeader(week),
          cells: [
            ...present().map((entry) => String(week.byKind[entry.kind])),
            String(week.connections),
          ],
        })),
      }}
    >
      <BarChart
        label={t('insightsKindLabel')}
        columns={columnsOf(weeks())}
        series={present().map((entry) => ({
          label: t(KIND_LABEL[entry.kind]),
          values: weeks().map((week) => week.byKind[entry.kind]),
        }))}
        axis={String}
        whole
      />
    </ChartFigure>
  );
}

/** Connections per week by mode, with the in-person meetings the target asks for marked. */
export function ModeChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  const target = () => props.insights.inPersonTarget;
  const summary = () => {
    const inPerson = sum(weeks().map((week) => week.inPerson.inPerson));
    const meetings = sum(weeks().map((week) => week.inPerson.total));
    if (meetings === 0) return t('insightsModeNone', [percent(target())]);
    const share = inPerson / meetings;
    return t(share >= target() ? 'insightsModeMeets' : 'insightsModeBelow', [
      percent(share),
      percent(target()),
    ]);
  };
  const labels = CONNECTION_MODES.map((mode) => t(MODE_LABEL[mode]));
  return (
    <ChartFigure
      id="insights-modes"
      title={t('insightsModeHeading')}
      summary={summary()}
      legend={[...fills(labels), { label: t('insightsTargetMarker'), kind: 'marker', index: 0 }]}
      table={{
        columns: [t('insightsWeekColumn'), ...labels, t('insightsShareColumn')],
        rows: weeks().map((week) => ({
          header: rowHeader(week),
          cells: [
            ...CONNECTION_MODES.map((mode) => String(week.byMode[mode])),
            week.inPerson.share === null ? t('insightsNoValue') : percent(week.inPerson.share),
          ],
        })),
      }}
    >
      <BarChart
        label={t('insightsModeLabel')}
        columns={columnsOf(weeks())}
        series={CONNECTION_MODES.map((mode, index) => ({
          label: labels[index] ?? mode,
          values: weeks().map((week) => week.byMode[mode]),
        }))}
        markers={[
          {
            label: t('insightsTargetMarker'),
            values: weeks().map((week) =>
              week.inPerson.total > 0 ? week.inPerson.total * target() : null,
            ),
          },
        ]}
        axis={String}
        whole
      />
    </ChartFigure>
  );
}

const DIRECTIONS: readonly SupportDirection[] = ['gave', 'received', 'both'];

/** Connections per week by who supported whom, and the balance over the whole window. */
export function FlowChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  const flow = () => props.insights.flow;
  const labels = DIRECTIONS.map((direction) => t(DIRECTION_LABEL[direction]));
  return (
    <ChartFigure
      id="insights-flow"
      title={t('insightsFlowHeading')}
      summary={t('insightsFlowSummary', [
        String(flow().gave),
        String(flow().received),
        String(flow().both),
        t(BALANCE_LABEL[flow().balance]),
      ])}
      legend={fills(labels)}
      table={{
        columns: [t('insightsWeekColumn'), ...labels],
        rows: weeks().map((week) => ({
          header: rowHeader(week),
          cells: DIRECTIONS.map((direction) => String(week.flow[direction])),
        })),
      }}
    >
      <BarChart
        label={t('insightsFlowLabel')}
        columns={columnsOf(weeks())}
        series={DIRECTIONS.map((direction, index) => ({
          label: labels[index] ?? direction,
          values: weeks().map((week) => week.flow[direction]),
        }))}
        axis={String}
        whole
      />
    </ChartFigure>
  );
}

const ITEMS = [
  ['energy', 'insightsEnergy'],
  ['stress', 'insightsStress'],
  ['connected', 'insightsConnected'],
  ['supported', 'insightsSupported'],
] as const;

/** The weekly reflection's items as lines on their 1–5 scale; weeks without one are gaps. */
export function MoodChart(props: WeeklyProps) {
  const weeks = () => props.insights.weeks;
  const reflected = () => weeks().filter((week) => week.reflections > 0);
  const mean = (item: (typeof ITEMS)[number][0]) => {
    const known = reflected()
      .map((week) => week.reflection[item])
      .filter((value): value is number => value !== null);
    return known.length > 0 ? sum(known) / known.length : null;
  };
  const labels = ITEMS.map(([, key]) => t(key));
  // Only the items answered at all: a dash in a sentence says nothing.
  const summary = () => {
    const count = String(reflected().length);
    const averages = ITEMS.flatMap(([item], index) => {
      const value = mean(item);
      return value === null
        ? []
        : [t('insightsMoodAverage', [labels[index] ?? item, decimal(value)])];
    });
    return averages.length === 0
      ? t('insightsMoodSummaryNotesOnly', [count])
      : t('insightsMoodSummary', [count, unitList(averages)]);
  };
  return (
    <Show
      when={reflected().length > 0}
      fallback={
        <section class="insights-chart" aria-labelledby="insights-mood-heading">
          <h3 id="insights-mood-heading">{t('insightsMoodHeading')}</h3>
          <p class="muted">{t('insightsMoodNone')}</p>
        </section>
      }
    >
      <ChartFigure
        id="insights-mood"
        title={t('insightsMoodHeading')}
        summary={summary()}
        legend={labels.map((label, index) => ({ label, kind: 'line', index }))}
        table={{
          columns: [t('insightsWeekColumn'), ...labels],
          rows: weeks().map((week) => ({
            header: rowHeader(week),
            cells: ITEMS.map(([item]) => scoreText(week.reflection[item])),
          })),
        }}
      >
        <LineChart
          label={t('insightsMoodLabel')}
          columns={columnsOf(weeks())}
          series={ITEMS.map(([item], index) => ({
            label: labels[index] ?? item,
            values: weeks().map((week) => week.reflection[item]),
          }))}
        />
      </ChartFigure>
    </Show>
  );
}
