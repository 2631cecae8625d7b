import type { StoredWaiting } from '../domain/waiting';
import { defineStored } from './stored-item';

/**
 * The nudges shown and not yet answered, oldest first (only the background writes it, one
 * change at a time). In storage.session: it survives the service worker stopping, as the
 * badge does, and is gone after a browser restart, as the notifications themselves are.
 */
export const waitingList = defineStored<StoredWaiting[]>('session', 'tend-waiting', {
  fallback: [],
  accepts: (value): value is StoredWaiting[] => Array.isArray(value),
});
