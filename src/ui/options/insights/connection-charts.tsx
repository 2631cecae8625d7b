import { createMemo } from 'solid-js';
import { CONNECTION_KINDS, CONNECTION_MODES } from '../../../domain/insights/weekly';
import type { SupportDirection } from '../../../domain/types';
import { t } from '../../../i18n';
import {
  BALANCE_LABEL,
  DIRECTION_LABEL,
  KIND_LABEL,
  MODE_LABEL,
} from '../../shared/network-labels';
import { BarChart } from './bar-chart';
import { ChartFigure } from './chart-figure';
import { percent } from './insights-format';
import { columnsOf, fills, rowHeader, sum, type WeeklyProps } from './weeks';

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
