import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { readNudgeKey } from '../domain/nudge-key';
import { DATA_CHANGES, type Envelope, type MessageName, type Request } from '../messages';
import { NUDGE_ACTION_LABEL, type NudgeAction } from '../text/nudge-actions';

/** The start of every line the background logs about a message it refused. */
export const REFUSED = 'Tend background: refused a message:';

const NUDGE_ACTIONS = Object.keys(NUDGE_ACTION_LABEL) as NudgeAction[];

// A nudge key as the background makes them: a notification's id, an entry of the popup's list.
const nudgeKey = v.pipe(
  v.string(),
  v.maxLength(1000),
  v.check((key) => readNudgeKey(key) !== null, 'it is not the key of a nudge'),
);

/**
 * What each message may carry, checked with valibot (as backups are) before a handler sees
 * it: exactly these fields, of these values, and nothing else.
 */
const PAYLOADS: { [K in MessageName]: v.GenericSchema<unknown, Request<K>> } = {
  'data-changed': v.strictObject({ what: v.picklist(DATA_CHANGES) }),
  'popup-view': v.strictObject({}),
  'nudge-action': v.strictObject({ key: nudgeKey, action: v.picklist(NUDGE_ACTIONS) }),
  'open-nudge': v.strictObject({ key: nudgeKey }),
  'dismiss-nudge': v.strictObject({ key: nudgeKey }),
  // Erases all the user's data: it carries nothing, and a payload that does is refused.
  'erase-everything': v.strictObject({}),
};

/**
 * Why `sender` is not one of Tend's own pages, or null when it is: Tend's id, an address on
 * Tend's own origin, and no tab of a web page. Nothing outside can reach the background
 * today (no externally_connectable, no content script, no web-accessible page); this keeps
 * it so should one ever be added.
 */
export function notTendPage(sender: Browser.runtime.MessageSender): string | null {
  const origin = browser.runtime.getURL('/');
  const from = sender.url ?? sender.tab?.url ?? '(no address)';
  if (sender.id !== browser.runtime.id) return `from another extension or app (${from})`;
  if (!sender.url?.startsWith(origin)) return `not from a page of Tend (${from})`;
  if (sender.tab?.url !== undefined && !sender.tab.url.startsWith(origin)) {
    return `from a tab showing a web page (${sender.tab.url})`;
  }
  return null;
}

/** A message whose name no handler has. */
export function unknownMessage(message: unknown): string {
  const type = (message as { type?: unknown } | null)?.type;
  return `no message is called ${JSON.stringify(type) ?? 'undefined'}`;
}

/** The message as a handler may take it, or why it is refused (a sentence a page can show). */
export function checkPayload(
  envelope: Envelope,
): { ok: true; payload: unknown } | { ok: false; why: string } {
  const result = v.safeParse(PAYLOADS[envelope.type], envelope.payload);
  if (result.success) return { ok: true, payload: result.output };
  const issue = result.issues[0];
  const field = v.getDotPath(issue);
  const what = field === null ? 'what it carries' : `its field "${field}"`;
  return {
    ok: false,
    why: `Tend refused the message "${envelope.type}": ${what} is wrong (${issue.message}).`,
  };
}
