import { defineStored } from './stored-item';

/**
 * How far the end-to-end suite moved a test build's clock, in ms (the suite writes it; see
 * clock.ts). In storage.local, which the suite reaches from any page and which every page
 * and the worker read alike, restarts included.
 */
export const testClockOffset = defineStored<number>('local', 'e2e-clock-offset-ms', {
  fallback: 0,
  accepts: (value): value is number => typeof value === 'number',
});
