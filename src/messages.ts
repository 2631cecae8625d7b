import { browser } from 'wxt/browser';
import { NewerDatabaseError } from './db/newer-database-error';
import type { PopupView } from './domain/popup-view';
import type { NudgeAction } from './text/nudge-actions';

/** Every change a page can report; the background's message check refuses any other. */
export const DATA_CHANGES = [
  'settings',
  'activity',
  'contacts',
  'check-ins',
  'import',
  'reflections',
  'sync',
] as const;

/**
 * What a page changed. The background plans again from the whole database whatever it is;
 * the name goes into the wake's log line, so a developer reading it sees what woke it.
 */
export type DataChange = (typeof DATA_CHANGES)[number];

/** Every message between pages and the background: name -> request and response. */
export interface MessageMap {
  /** A page wrote: the background plans again and answers with the popup's view it stored. */
  'data-changed': { request: { what: DataChange }; response: { view: PopupView } };
  /** The popup's view, from a wake now: for when the stored one is out of date. */
  'popup-view': { request: Record<string, never>; response: PopupView };
  /** Does one of a waiting nudge's actions from the popup; answers how many still wait. */
  'nudge-action': { request: { key: string; action: NudgeAction }; response: { waiting: number } };
  /** Opens the page a click on the nudge's notification would. */
  'open-nudge': { request: { key: string }; response: { waiting: number } };
  /** Sets a waiting nudge aside without doing anything. */
  'dismiss-nudge': { request: { key: string }; response: { waiting: number } };
  /** Erases every record, storage key, alarm, notification and granted site; Tend starts fresh. */
  'erase-everything': { request: Record<string, never>; response: { erased: true } };
}

export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K]['request'];
export type Response<K extends MessageName> = MessageMap[K]['response'];

/** The envelope on the wire; `type` names the entry of MessageMap. */
export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: Request<K>;
}

export type MessageHandlers = {
  [K in MessageName]: (payload: Request<K>) => Promise<Response<K>>;
};

/**
 * What travels back: the handler's answer, or why it failed; `problem` names a failure a
 * page words itself (a database a newer Tend saved), as an error's class does not travel.
 */
export type Reply<T = unknown> =
  { ok: true; value: T } | { ok: false; error: string; problem?: 'newer-database' };

/** The reply that says `error`, with its problem named when a page words it itself. */
export function failureReply(error: unknown): Reply<never> {
  return error instanceof NewerDatabaseError
    ? { ok: false, error: String(error), problem: 'newer-database' }
    : { ok: false, error: String(error) };
}

// Chrome's own promise (the popup has no polyfill) rejects when no listener answered; the
// polyfill, and Firefox, give undefined. Both read as "did not answer".
function noAnswer(error: unknown): undefined {
  if (error instanceof Error && error.message.startsWith('The message port closed')) return;
  throw error;
}

/** Sends a typed message to the background and returns its typed answer, or throws its error. */
export async function send<K extends MessageName>(
  type: K,
  payload: Request<K>,
): Promise<Response<K>> {
  const envelope: Envelope<K> = { type, payload };
  const reply = (await browser.runtime.sendMessage(envelope).catch(noAnswer)) as
    Reply<Response<K>> | undefined;
  if (!reply) throw new Error(`Tend's background did not answer "${type}"`);
  if (!reply.ok) {
    throw reply.problem === 'newer-database' ? new NewerDatabaseError() : new Error(reply.error);
  }
  return reply.value;
}

/** True when a value received from runtime.onMessage is one of Tend's envelopes. */
export function isEnvelope(value: unknown, handlers: MessageHandlers): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}
