/**
 * A hybrid logical clock: wall-clock milliseconds, a counter, and the device that stamped.
 * A stamp is a fixed-width string of base-36 digits, so comparing two stamps as strings
 * compares (ms, counter, device), and two computers never make the same stamp.
 */
export type Stamp = string;

const MS_DIGITS = 9; // 36^9 ms reaches the year 5138
const COUNTER_DIGITS = 3;
const COUNTER_MAX = 36 ** COUNTER_DIGITS - 1;
/** Length of a device id: 8 base-36 characters, about 41 bits. */
export const DEVICE_DIGITS = 8;
const STAMP = new RegExp(`^[0-9a-z]{${MS_DIGITS + COUNTER_DIGITS + DEVICE_DIGITS}}$`);

/** The lowest stamp: what a value with no history loses to. */
export const ZERO: Stamp = '0'.repeat(MS_DIGITS + COUNTER_DIGITS + DEVICE_DIGITS);

/** Whether `text` has the shape of a stamp (another computer may have written anything). */
export const isStamp = (text: unknown): text is Stamp =>
  typeof text === 'string' && STAMP.test(text);

/** A device id from `random` (0 ≤ x < 1), e.g. Math.random or a seeded generator. */
export function newDeviceId(random: () => number): string {
  let id = '';
  for (let i = 0; i < DEVICE_DIGITS; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** The stamp of (ms, counter, device). */
export function stamp(ms: number, counter: number, device: string): Stamp {
  const wall = Math.max(0, Math.min(Math.floor(ms), 36 ** MS_DIGITS - 1));
  return (
    wall.toString(36).padStart(MS_DIGITS, '0') +
    counter.toString(36).padStart(COUNTER_DIGITS, '0') +
    device
  );
}

/** The wall-clock milliseconds of a stamp. */
export const stampMs = (s: Stamp) => parseInt(s.slice(0, MS_DIGITS), 36);

const counterOf = (s: Stamp) => parseInt(s.slice(MS_DIGITS, MS_DIGITS + COUNTER_DIGITS), 36);

/** The later of two stamps (null for none). */
export const later = (a: Stamp | null, b: Stamp | null): Stamp | null =>
  a === null ? b : b === null || a >= b ? a : b;

/**
 * The next stamp on this device: later than `last` (the latest stamp it has made or seen)
 * and, when the wall clock is ahead of that, the wall clock itself. A clock set back or
 * behind another computer's never makes a stamp older than what this device has seen.
 */
export function tick(last: Stamp | null, now: number, device: string): Stamp {
  const lastMs = last === null ? -1 : stampMs(last);
  if (Math.floor(now) > lastMs) return stamp(now, 0, device);
  const counter = counterOf(last as Stamp) + 1;
  return counter > COUNTER_MAX ? stamp(lastMs + 1, 0, device) : stamp(lastMs, counter, device);
}
