import type { BreakSettings, WorkSettings } from './types';

export type WorkField =
  | 'dailyLimitMinutes'
  | 'weeklyLimitMinutes'
  | 'idleThresholdSeconds'
  | 'shortAfterMinutes'
  | 'shortMinutes'
  | 'longAfterMinutes'
  | 'longMinutes';

export type WorkErrorCode = 'out-of-range' | 'long-before-short' | 'break-longer-than-gap';

export interface WorkError {
  field: WorkField;
  code: WorkErrorCode;
  /** The allowed range, for the message. */
  min?: number;
  max?: number;
}

const RANGES: Record<WorkField, [number, number]> = {
  dailyLimitMinutes: [30, 24 * 60],
  weeklyLimitMinutes: [60, 7 * 24 * 60],
  // The browsers' idle API accepts 15 seconds at the least.
  idleThresholdSeconds: [15, 3600],
  shortAfterMinutes: [10, 240],
  shortMinutes: [1, 30],
  longAfterMinutes: [30, 480],
  longMinutes: [5, 120],
};

/** What is wrong with the work-time and break settings; empty when they can be saved. */
export function validateWorkSettings(
  work: WorkSettings,
  breaks: BreakSettings,
  idleThresholdSeconds: number,
): WorkError[] {
  const values: Record<WorkField, number | null> = {
    dailyLimitMinutes: work.dailyLimitMinutes,
    weeklyLimitMinutes: work.weeklyLimitMinutes,
    idleThresholdSeconds,
    shortAfterMinutes: breaks.shortAfterMinutes,
    shortMinutes: breaks.shortMinutes,
    longAfterMinutes: breaks.longAfterMinutes,
    longMinutes: breaks.longMinutes,
  };
  const errors: WorkError[] = [];
  for (const [field, [min, max]] of Object.entries(RANGES) as [WorkField, [number, number]][]) {
    const value = values[field];
    // An empty limit means no limit; every other field needs a whole number in range.
    if (value === null && (field === 'dailyLimitMinutes' || field === 'weeklyLimitMinutes'))
      continue;
    if (value === null || !Number.isInteger(value) || value < min || value > max) {
      errors.push({ field, code: 'out-of-range', min, max });
    }
  }
  // How the fields relate only matters once each of them makes sense on its own.
  if (errors.length > 0) return errors;
  if (
    breaks.shortEnabled &&
    breaks.longEnabled &&
    breaks.longAfterMinutes <= breaks.shortAfterMinutes
  ) {
    errors.push({ field: 'longAfterMinutes', code: 'long-before-short' });
  }
  if (breaks.shortEnabled && breaks.shortMinutes >= breaks.shortAfterMinutes) {
    errors.push({ field: 'shortMinutes', code: 'break-longer-than-gap' });
  }
  return errors;
}
