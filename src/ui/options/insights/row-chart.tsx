import { createMemo, Index, Show } from 'solid-js';
import { niceMax } from './chart-scale';
import { TexturedRect } from './textures';

const WIDTH = 640;
const ROW = 40;
const BAR = 14;
const VALUE_ROOM = 40;

/** One row: a label and a count. */
export interface Row {
  label: string;
  value: number;
}

/**
 * Horizontal bars, one row each with its label above it (role names can be long), the count
 * written at the bar's end, or `empty` where there is nothing.
 */
export function RowChart(props: { label: string; rows: Row[]; empty: string }) {
  // Built by the parent's JSX at every read: read once here, and again only when they change.
  const rows = createMemo(() => props.rows);
  const top = createMemo(() => niceMax(Math.max(1, ...rows().map((row) => row.value))));
  const length = (value: number) => ((WIDTH - VALUE_ROOM) * value) / top();
  return (
    <svg
      class="insights-svg"
      viewBox={`0 0 ${WIDTH} ${rows().length * ROW}`}
      role="img"
      aria-label={props.label}
    >
      <Index each={rows()}>
        {(row, index) => (
          <g>
            <text class="insights-label" x={0} y={index * ROW + 14}>
              {row().label}
            </text>
            <Show when={row().value > 0}>
              <TexturedRect
                index={0}
                x={0}
                y={index * ROW + 20}
                width={length(row().value)}
                height={BAR}
              />
            </Show>
            <text
              classList={{ 'insights-axis': true, 'insights-gap': row().value === 0 }}
              x={length(row().value) + (row().value > 0 ? 6 : 0)}
              y={index * ROW + 31}
            >
              {row().value > 0 ? String(row().value) : props.empty}
            </text>
          </g>
        )}
      </Index>
    </svg>
  );
}
