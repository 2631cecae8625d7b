import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Browser.runtime.MessageSender;

/** What the browser says of a message from one of Tend's own pages: Tend's id, its address. */
export function tendPage(page = 'popup.html'): Sender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${page}`) };
}

/**
 * Delivers `message` to the listeners as the browser would from `sender`, and resolves with
 * the answer (undefined when no listener answers). The fake browser sends every message
 * with an empty sender; a real browser always says who sent it.
 */
export function sendFrom(sender: Sender, message: unknown): Promise<unknown> {
  const sent = deliver(sender, message);
  const answered = sent.catch(() => undefined).finally(() => unanswered.delete(answered));
  unanswered.add(answered);
  return sent;
}

async function deliver(sender: Sender, message: unknown): Promise<unknown> {
  const onMessage = fakeBrowser.runtime.onMessage;
  if (!onMessage.hasListeners()) throw new Error('No listeners available');
  let answer: (value: unknown) => void = () => undefined;
  const answered = new Promise((resolve) => (answer = resolve));
  const results: unknown[] = await onMessage.trigger(message, sender, answer);
  return results.some((result) => result === true) ? answered : undefined;
}

// The messages sent and not answered yet.
const unanswered = new Set<Promise<unknown>>();

/** From now on, runtime.sendMessage comes from Tend's popup, as a page's send() does. */
export function sendAsTendPage(): void {
  fakeBrowser.runtime.sendMessage = ((message: unknown) =>
    sendFrom(tendPage(), message)) as typeof fakeBrowser.runtime.sendMessage;
}

/**
 * Resolves once every message sent so far has its answer: a page that does not wait for
 * the background's (the import's) leaves a wake running after the test's last check.
 */
export async function allAnswered(): Promise<void> {
  while (unanswered.size > 0) await Promise.all(unanswered);
}
