import type { ClockTime } from './types';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a text is a wall-clock time 'HH:mm' (24-hour), as the time inputs give them. */
export function isClockTime(text: string): text is ClockTime {
  return CLOCK_TIME.test(text);
}

/** Minutes since midnight of a wall-clock time 'HH:mm', or null when it is not one. */
export function minutesOf(time: string): number | null {
  const match = CLOCK_TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
