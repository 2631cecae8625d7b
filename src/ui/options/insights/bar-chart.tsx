import { createMemo, For, Index, Show } from 'solid-js';
import { CHART, column, niceMax, ticks, yOf } from './chart-scale';
import { TexturedRect } from './textures';

/** One stacked series: a value per column; null where there is none to draw (not zero). */
export interface BarSeries {
  label: string;
  values: (number | null)[];
}

/** A level drawn across each column's bar (the schedule, a limit, a target); null draws none. */
export interface BarMarker {
  label: string;
  values: (number | null)[];
}

/**
 * Bars per week, stacked by series, with markers across them. The last column is the week
 * still under way and is drawn lighter. Its words are on the figure: the image only has a label.
 */
export function BarChart(props: {
  label: string;
  columns: string[];
  series: BarSeries[];
  markers?: BarMarker[];
  /** The text of an axis value. */
  axis: (value: number) => string;
  /** Counts: no gridline at a half. */
  whole?: boolean;
}) {
  // The parents build these arrays in their JSX, so every read of the prop builds them anew
  // (and formats each week's date again): each is read once here, and then only when it changes.
  const columns = createMemo(() => props.columns);
  const series = createMemo(() => props.series);
  const markers = createMemo(() => props.markers ?? []);
  const top = createMemo(() => {
    const stacks = columns().map((_, index) =>
      series().reduce((sum, one) => sum + (one.values[index] ?? 0), 0),
    );
    const marks = markers().flatMap((marker) =>
      marker.values.filter((value): value is number => value !== null),
    );
    const top = niceMax(Math.max(0, ...stacks, ...marks));
    return props.whole ? Math.max(2, Math.ceil(top)) : top;
  });
  const y = (value: number) => yOf(value, 0, top());
  const count = () => columns().length;
  const barOf = (index: number) => {
    const { x, width } = column(index, count());
    return { x: x + width * 0.2, width: width * 0.6 };
  };
  // Each series' segment of a column: from the sum of those below it to that plus its own.
  const segments = (index: number) => {
    let base = 0;
    return series().map((one, seriesIndex) => {
      const value = one.values[index] ?? 0;
      const segment = { seriesIndex, from: base, to: base + value };
      base += value;
      return segment;
    });
  };

  return (
    <svg
      class="insights-svg"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={props.label}
    >
      <For each={ticks(top(), props.whole ?? false)}>
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
              {props.axis(tick)}
            </text>
          </g>
        )}
      </For>
      <Index each={columns()}>
        {(name, index) => (
          <g classList={{ 'insights-so-far': index === count() - 1 }}>
            <For each={segments(index).filter((segment) => segment.to > segment.from)}>
              {(segment) => (
                <TexturedRect
                  index={segment.seriesIndex}
                  x={barOf(index).x}
                  y={y(segment.to)}
                  width={barOf(index).width}
                  height={Math.max(0, y(segment.from) - y(segment.to))}
                  class="insights-bar"
                />
              )}
            </For>
            <Index each={markers()}>
              {(marker, markerIndex) => (
                <Show when={marker().values[index] ?? null}>
                  {(value) => (
                    <line
                      class={`insights-marker-${markerIndex % 2}`}
                      x1={barOf(index).x - 4}
                      x2={barOf(index).x + barOf(index).width + 4}
                      y1={y(value())}
                      y2={y(value())}
                    />
                  )}
                </Show>
              )}
            </Index>
            <text
              class="insights-axis"
              x={column(index, count()).middle}
              y={CHART.height - 8}
              text-anchor="middle"
            >
              {name()}
            </text>
          </g>
        )}
      </Index>
    </svg>
  );
}
