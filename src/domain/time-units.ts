// Elapsed time in milliseconds, for durations only: a calendar day is not always DAY_MS
// long (daylight saving), so dates are counted with calendar-date.ts and date-fns.
export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
