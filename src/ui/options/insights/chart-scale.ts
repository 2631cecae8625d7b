/** The drawing area every weekly chart shares, in SVG user units (it scales with the page). */
export const CHART = { width: 640, height: 200, left: 56, right: 8, top: 12, bottom: 26 };

export const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
export const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;

/** A round top for an axis at or above `max` (1, 2, 2.5 or 5 times a power of ten). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/**
 * The axis's gridlines: every whole number on a small count axis; otherwise the bottom, the
 * top, and the middle unless the axis counts and the middle would be a fraction.
 */
export function ticks(top: number, whole: boolean): number[] {
  if (whole && top <= 5) return Array.from({ length: top + 1 }, (_, value) => value);
  const middle = top / 2;
  return whole && !Number.isInteger(middle) ? [0, top] : [0, middle, top];
}

/** The y of a value on an axis from `low` to `high`. */
export function yOf(value: number, low: number, high: number): number {
  const share = high > low ? (value - low) / (high - low) : 0;
  return CHART.top + PLOT_HEIGHT * (1 - Math.min(1, Math.max(0, share)));
}

/** The left edge and width of column `index` of `count`. */
export function column(index: number, count: number): { x: number; width: number; middle: number } {
  const width = PLOT_WIDTH / Math.max(1, count);
  const x = CHART.left + index * width;
  return { x, width, middle: x + width / 2 };
}
