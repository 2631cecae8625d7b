/** A stretch of time [start, end) in UTC ms; `end` may be Infinity for one still going on. */
export interface Interval {
  start: number;
  end: number;
}

function byStart(a: Interval, b: Interval): number {
  return a.start - b.start;
}

/** The same time as a sorted list of disjoint intervals, touching ones joined. */
export function unite(intervals: readonly Interval[]): Interval[] {
  const united: Interval[] = [];
  for (const { start, end } of [...intervals].sort(byStart)) {
    if (!(end > start)) continue;
    const last = united[united.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else united.push({ start, end });
  }
  return united;
}

/** The time covered by both lists, each sorted and disjoint (as `unite` returns them). */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const both: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as Interval;
    const right = b[j] as Interval;
    const start = Math.max(left.start, right.start);
    const end = Math.min(left.end, right.end);
    if (end > start) both.push({ start, end });
    if (left.end < right.end) i += 1;
    else j += 1;
  }
  return both;
}

/** The time of `a` not covered by `b`, each sorted and disjoint (as `unite` returns them). */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left: Interval[] = [];
  let j = 0;
  for (const { start, end } of a) {
    let from = start;
    // Skip what ends before this interval; what is left of `b` may still cut the next one.
    while (j < b.length && (b[j] as Interval).end <= from) j += 1;
    for (let k = j; k < b.length && (b[k] as Interval).start < end; k += 1) {
      const cut = b[k] as Interval;
      if (cut.start > from) left.push({ start: from, end: cut.start });
      from = Math.max(from, cut.end);
      if (from >= end) break;
    }
    if (from < end) left.push({ start: from, end });
  }
  return left;
}

/** Milliseconds of the intervals that fall within [from, to]. */
export function totalWithin(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const { start, end } of intervals) {
    const clipped = Math.min(end, to) - Math.max(start, from);
    if (clipped > 0) total += clipped;
  }
  return total;
}

/**
 * The instant at which the intervals, counted from `from`, add up to `amount` ms; null when
 * they never do.
 */
export function instantReaching(
  intervals: readonly Interval[],
  from: number,
  amount: number,
): number | null {
  if (amount <= 0) return from;
  let left = amount;
  for (const { start, end } of intervals) {
    if (end <= from) continue;
    const begin = Math.max(start, from);
    if (end - begin >= left) return begin + left;
    left -= end - begin;
  }
  return null;
}

/** The interval containing `at`, if any. */
export function containing(intervals: readonly Interval[], at: number): Interval | null {
  return intervals.find(({ start, end }) => start <= at && at < end) ?? null;
}
