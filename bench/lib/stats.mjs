// Small statistics for the benchmark's samples.

export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
export const median = (values) => quantile(values, 0.5);
export const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** Median and 90th percentile of samples in ms, and the samples, rounded. */
export function summary(values) {
  return {
    medianMs: round(median(values), 2),
    p90Ms: round(quantile(values, 0.9), 2),
    samplesMs: values.map((v) => round(v, 2)),
  };
}

/**
 * Interleaved pairs of a page and its baseline: each figure's median for both, the ratio of
 * the medians (what the targets hold to) and the median of the paired ratios.
 */
export function paired(pairs, key) {
  const page = pairs.map((p) => p.page[key]);
  const blank = pairs.map((p) => p.blank[key]);
  return {
    pageMedianMs: round(median(page)),
    pageP90Ms: round(quantile(page, 0.9)),
    blankMedianMs: round(median(blank)),
    blankP90Ms: round(quantile(blank, 0.9)),
    ratio: round(median(page) / median(blank), 2),
    medianPairedRatio: round(median(pairs.map((p) => p.page[key] / p.blank[key])), 2),
    samplesMs: { page: page.map((v) => round(v)), blank: blank.map((v) => round(v)) },
  };
}
