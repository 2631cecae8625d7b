import { defineStored } from './stored-item';

/** A reconnect notification's ask to write to someone, and when it was made (UTC ms). */
export interface ComposeRequest {
  contactId: string;
  at: number;
}

function isComposeRequest(value: unknown): value is ComposeRequest {
  const request = value as Partial<ComposeRequest> | undefined;
  return typeof request?.contactId === 'string' && typeof request.at === 'number';
}

/**
 * The person a reconnect notification asked to write to, left by the background just before
 * it opens the popup (which cannot be given a query string). In storage.session: it is for
 * the popup about to open, never for one after the browser restarts.
 */
export const composeRequest = defineStored<ComposeRequest | null>(
  'session',
  'tend-compose-request',
  { fallback: null, accepts: isComposeRequest },
);
