import { now } from '../../clock';
import { HOUR_MS } from '../../domain/time-units';
import { pendingMessages, type PendingMessage } from '../../storage/pending-messages';

/** After a day the user no longer remembers whether it went out; the question goes. */
export const PENDING_MS = 24 * HOUR_MS;

/** The messages awaiting an answer, newest first; the ones older than a day are dropped. */
export async function loadPending(): Promise<PendingMessage[]> {
  const [items, current] = await Promise.all([pendingMessages.getValue(), now()]);
  const fresh = items.filter((item) => current.getTime() - item.at < PENDING_MS);
  if (fresh.length !== items.length) await pendingMessages.setValue(fresh);
  return fresh.sort((a, b) => b.at - a.at);
}

/** Remembers that a message to someone may have gone out (one question per person). */
export async function savePending(message: PendingMessage): Promise<void> {
  const others = (await pendingMessages.getValue()).filter(
    (item) => item.contactId !== message.contactId,
  );
  await pendingMessages.setValue([...others, message]);
}

/** Forgets the question about the message to `contactId`; true if there was one. */
export async function clearPending(contactId: string): Promise<boolean> {
  const items = await pendingMessages.getValue();
  const rest = items.filter((item) => item.contactId !== contactId);
  if (rest.length !== items.length) await pendingMessages.setValue(rest);
  return rest.length !== items.length;
}

/**
 * Logs a message given to `contactId`, now: the interaction and the person's last contact
 * in one transaction, told to the background. Only then is the question about it cleared.
 */
export async function logSentMessage(contactId: string): Promise<void> {
  const at = (await now()).getTime();
  const { logInteraction, write } = await import('./popup-data');
  await write('contacts', (db) =>
    logInteraction(db, {
      id: crypto.randomUUID(),
      at,
      contactIds: [contactId],
      kind: 'message',
      mode: 'message',
      direction: 'gave',
      feltBefore: null,
      feltAfter: null,
      note: '',
    }),
  );
  await clearPending(contactId);
}

/**
 * Answers one question, the one asked about the message to `contactId` started at `at`:
 * logs it if it went out, else forgets it. A question is answered once: when it is no longer
 * stored (answered in another place, or replaced by a newer message to the same person),
 * nothing is logged and the answer is 'gone'.
 */
export async function answerPending(
  question: Pick<PendingMessage, 'contactId' | 'at'>,
  wentOut: boolean,
): Promise<'logged' | 'cleared' | 'gone'> {
  const asked = (await loadPending()).some(
    (item) => item.contactId === question.contactId && item.at === question.at,
  );
  if (!asked) return 'gone';
  if (!wentOut) {
    await clearPending(question.contactId);
    return 'cleared';
  }
  await logSentMessage(question.contactId);
  return 'logged';
}
