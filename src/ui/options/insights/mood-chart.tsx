import { Show } from 'solid-js';
import { t } from '../../../i18n';
import { ChartFigure } from './chart-figure';
import { decimal, scoreText } from './insights-format';
import { LineChart } from './line-chart';
import { columnsOf, rowHeader, sum, unitList, type WeeklyProps } from './weeks';

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
