import { createContext, createUniqueId, Match, Show, Switch, useContext, type JSX } from 'solid-js';

/**
 * Textures laid over the fills, so that no series is told apart by colour alone: the n-th
 * series of a chart gets the n-th colour and the n-th texture.
 */
const TEXTURES = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'grid'] as const;

// The prefix of the shared patterns' ids, given by `SharedTextures` to the fills inside it.
const TexturesPrefix = createContext('insights-textures');

/**
 * One set of pattern definitions for every chart and legend swatch inside it, referred to by
 * id: a set per drawing made 21 sets of 6 patterns (126 elements) to build and style each time
 * Insights is shown. The drawing holding them has no size, but is laid out (one that is not
 * rendered renders no pattern) and sits inside `.insights`, whose colours the patterns take.
 */
export function SharedTextures(props: { children: JSX.Element }) {
  const prefix = `textures-${createUniqueId()}`;
  return (
    <TexturesPrefix.Provider value={prefix}>
      <svg class="insights-textures" aria-hidden="true">
        <Textures prefix={prefix} />
      </svg>
      {props.children}
    </TexturesPrefix.Provider>
  );
}

/** The pattern definitions the fills refer to, under ids starting with `prefix`. */
function Textures(props: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${props.prefix}-diagonal`} width="6" height="6" patternUnits="userSpaceOnUse">
        <path class="insights-texture" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" />
      </pattern>
      <pattern id={`${props.prefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <circle class="insights-texture-dot" cx="2.5" cy="2.5" r="1" />
      </pattern>
      <pattern id={`${props.prefix}-cross`} width="6" height="6" patternUnits="userSpaceOnUse">
        <path class="insights-texture" d="M0,0 l6,6 M6,0 l-6,6" />
      </pattern>
      <pattern id={`${props.prefix}-horizontal`} width="6" height="5" patternUnits="userSpaceOnUse">
        <path class="insights-texture" d="M0,2.5 h6" />
      </pattern>
      <pattern id={`${props.prefix}-vertical`} width="5" height="6" patternUnits="userSpaceOnUse">
        <path class="insights-texture" d="M2.5,0 v6" />
      </pattern>
      <pattern id={`${props.prefix}-grid`} width="6" height="6" patternUnits="userSpaceOnUse">
        <path class="insights-texture" d="M3,0 v6 M0,3 h6" />
      </pattern>
    </defs>
  );
}

/** The fill of the n-th series, with its texture on top; `x`…`height` place the rectangle. */
export function TexturedRect(props: {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  class?: string;
}) {
  const prefix = useContext(TexturesPrefix);
  const texture = () => TEXTURES[props.index % TEXTURES.length] ?? 'solid';
  return (
    <g class={props.class}>
      <rect
        class={`insights-fill-${props.index % TEXTURES.length}`}
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
      />
      <Show when={texture() !== 'solid'}>
        <rect
          fill={`url(#${prefix}-${texture()})`}
          x={props.x}
          y={props.y}
          width={props.width}
          height={props.height}
        />
      </Show>
    </g>
  );
}

/** What a legend entry shows: a textured fill, a bar's marker, or a line with its point. */
export type SwatchKind = 'fill' | 'marker' | 'line';

/** A point's shape per line, so lines differ by shape as well as colour. */
export function PointShape(props: { index: number; x: number; y: number }) {
  const size = 4;
  const shapes = [
    () => <circle cx={props.x} cy={props.y} r={size} />,
    () => <rect x={props.x - size} y={props.y - size} width={size * 2} height={size * 2} />,
    () => (
      <path
        d={`M${props.x},${props.y - size - 1} L${props.x + size + 1},${props.y + size} L${props.x - size - 1},${props.y + size} Z`}
      />
    ),
    () => (
      <path
        d={`M${props.x},${props.y - size - 1} L${props.x + size + 1},${props.y} L${props.x},${props.y + size + 1} L${props.x - size - 1},${props.y} Z`}
      />
    ),
  ];
  return (
    <g class={`insights-point-${props.index % 4}`}>
      {(shapes[props.index % shapes.length] ?? shapes[0]!)()}
    </g>
  );
}

/** A legend's small picture of a series, marker or line. */
export function Swatch(props: { kind: SwatchKind; index: number }) {
  return (
    <svg class="insights-swatch" viewBox="0 0 20 14" width="20" height="14" aria-hidden="true">
      <Switch>
        <Match when={props.kind === 'fill'}>
          <TexturedRect index={props.index} x={1} y={1} width={18} height={12} />
        </Match>
        <Match when={props.kind === 'marker'}>
          <line class={`insights-marker-${props.index % 2}`} x1="1" y1="7" x2="19" y2="7" />
        </Match>
        <Match when={props.kind === 'line'}>
          <line class={`insights-line-${props.index % 4}`} x1="1" y1="7" x2="19" y2="7" />
          <PointShape index={props.index} x={10} y={7} />
        </Match>
      </Switch>
    </svg>
  );
}
