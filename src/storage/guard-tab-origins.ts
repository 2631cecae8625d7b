import { defineStored } from './stored-item';

/**
 * Which guarded origin each tab is on, by tab id (only the guard writes it). In
 * storage.session: it outlives a stopped worker but not the browser, which is as long as a
 * tab id means anything.
 */
export const guardTabOrigins = defineStored<Record<string, string>>(
  'session',
  'guard-tab-origins',
  {
    fallback: {},
    accepts: (value): value is Record<string, string> =>
      typeof value === 'object' && value !== null,
  },
);
