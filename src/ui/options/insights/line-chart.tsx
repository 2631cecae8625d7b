import { createMemo, For, Index, Show } from 'solid-js';
import { CHART, column, yOf } from './chart-scale';
import { PointShape } from './textures';

/** One line: a value per column, null where the week has none (the line breaks there). */
export interface LineSeries {
  label: string;
  values: (number | null)[];
}

const LOW = 1;
const HIGH = 5;

/** Lines on a 1–5 scale per week; each line has its own colour, dash and point shape. */
export function LineChart(props: { label: string; columns: string[]; series: LineSeries[] }) {
  // Built by the parent's JSX at every read: read once here, and again only when they change.
  const columns = createMemo(() => props.columns);
  const series = createMemo(() => props.series);
  const y = (value: number) => yOf(value, LOW, HIGH);
  const x = (index: number) => column(index, columns().length).middle;
  // A path that lifts the pen over weeks without a value.
  const path = (values: (number | null)[]) => {
    let drawing = false;
    return values
      .map((value, index) => {
        if (value === null) {
          drawing = false;
          return '';
        }
        const step = `${drawing ? 'L' : 'M'}${x(index)},${y(value)}`;
        drawing = true;
        return step;
      })
      .join(' ');
  };
  return (
    <svg
      class="insights-svg"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={props.label}
    >
      <For each={[1, 2, 3, 4, 5]}>
        {(tick) => (
          <g>
            <line
              class="insights-grid"
              x1={CHART.left}
              x2={CHART.width - CHART.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text class="insights-axis" x={CHART.left - 6} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        )}
      </For>
      <Index each={series()}>
        {(series, seriesIndex) => (
          <g>
            <path class={`insights-line-${seriesIndex % 4}`} d={path(series().values)} />
            <Index each={series().values}>
              {(value, index) => (
                <Show when={value()}>
                  {(known) => <PointShape index={seriesIndex} x={x(index)} y={y(known())} />}
                </Show>
              )}
            </Index>
          </g>
        )}
      </Index>
      <Index each={columns()}>
        {(name, index) => (
          <text class="insights-axis" x={x(index)} y={CHART.height - 8} text-anchor="middle">
            {name()}
          </text>
        )}
      </Index>
    </svg>
  );
}
