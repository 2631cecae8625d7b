import { createMemo, For, Show, type JSX } from 'solid-js';
import { t } from '../../../i18n';
import { Swatch, type SwatchKind } from './textures';

/** The numbers behind a chart: one row per week (or role), a header cell and its values. */
export interface NumbersTable {
  /** The first names the row headers' column. */
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

/** One entry of a chart's legend: what a colour and texture, a marker or a line stands for. */
export interface LegendEntry {
  label: string;
  kind: SwatchKind;
  index: number;
}

/**
 * A chart as everyone can read it: a heading, a visible one-sentence summary (the caption),
 * the drawing (an image with its own label), a legend in words, and the numbers as a table
 * behind a disclosure.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  summary: string;
  legend?: LegendEntry[];
  table: NumbersTable;
  children: JSX.Element;
}) {
  // Built by the parent's JSX at every read (the table formats every week's date): read once
  // here, and again only when they change.
  const legend = createMemo(() => props.legend ?? []);
  const table = createMemo(() => props.table);
  return (
    <section class="insights-chart" aria-labelledby={`${props.id}-heading`} data-chart={props.id}>
      <h3 id={`${props.id}-heading`}>{props.title}</h3>
      <figure>
        <figcaption>{props.summary}</figcaption>
        {props.children}
        <Show when={legend().length > 0}>
          <ul class="insights-legend">
            <For each={legend()}>
              {(entry) => (
                <li>
                  <Swatch kind={entry.kind} index={entry.index} />
                  {entry.label}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <details>
          <summary>{t('insightsShowNumbers')}</summary>
          <div class="insights-table-wrap">
            <table>
              <caption class="visually-hidden">{props.title}</caption>
              <thead>
                <tr>
                  <For each={table().columns}>{(column) => <th scope="col">{column}</th>}</For>
                </tr>
              </thead>
              <tbody>
                <For each={table().rows}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.header}</th>
                      <For each={row.cells}>{(cell) => <td>{cell}</td>}</For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </details>
      </figure>
    </section>
  );
}
