import type { Purpose } from '../domain/compose';
import { defineStored } from './stored-item';

/** A message the user pressed send or copy for and has not yet said went out. */
export interface PendingMessage {
  contactId: string;
  name: string;
  /** When send or copy was pressed (UTC ms). */
  at: number;
  purpose: Purpose;
}

/**
 * The messages awaiting "did it go out?", one per person. Opening a mailto: link often
 * closes the popup, so each is written the moment send is pressed, to storage.local: it
 * must outlive the popup (and the browser, for a day), and it is not the user's data, so it
 * is not in the database or a backup.
 */
export const pendingMessages = defineStored<PendingMessage[]>('local', 'tend-pending-messages', {
  fallback: [],
  accepts: (value): value is PendingMessage[] => Array.isArray(value),
});
