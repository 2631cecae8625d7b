import { browser } from 'wxt/browser';
import { now } from './clock';
import { composeOf } from './domain/page-address';
import { MINUTE_MS } from './domain/time-units';

/**
 * In storage.session: the person a reconnect notification asked to write to, left by the
 * background just before it opens the popup (which cannot be given a query string).
 */
export const COMPOSE_REQUEST_KEY = 'tend-compose-request';

/** A request older than this is from a popup that never opened; it is ignored. */
export const COMPOSE_REQUEST_MS = 2 * MINUTE_MS;

interface ComposeRequest {
  contactId: string;
  at: number;
}

/** Leaves a request for the popup about to open to start writing to `contactId`. */
export async function leaveComposeRequest(contactId: string): Promise<void> {
  const request: ComposeRequest = { contactId, at: (await now()).getTime() };
  await browser.storage.session?.set({ [COMPOSE_REQUEST_KEY]: request });
}

/**
 * The contact id the popup should open the composer for: from '?compose=<id>' in `search`
 * (the popup opened as a tab), else from a fresh request the background left just before
 * opening the popup. Either way the request is used up.
 */
export async function takeComposeRequest(search: string): Promise<string | null> {
  const session = browser.storage.session;
  const stored = session && (await session.get(COMPOSE_REQUEST_KEY))[COMPOSE_REQUEST_KEY];
  if (stored) await session.remove(COMPOSE_REQUEST_KEY);
  const fromQuery = composeOf(search);
  if (fromQuery) return fromQuery;
  const request = stored as Partial<ComposeRequest> | undefined;
  if (typeof request?.contactId !== 'string' || typeof request.at !== 'number') return null;
  const age = (await now()).getTime() - request.at;
  return age >= 0 && age <= COMPOSE_REQUEST_MS ? request.contactId : null;
}
