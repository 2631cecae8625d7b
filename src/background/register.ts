import { browser } from 'wxt/browser';
import { failureReply, isEnvelope, type MessageHandlers, type Reply } from '../messages';
import { WAKE_ALARM } from './alarm';
import { NUDGE_ACTIONS } from '../text/nudge-actions';
import { readNudgeKey } from '../domain/nudge-key';
import { markShown } from '../db/nudge-log';
import { openDb } from '../db/open';
import { clickTarget } from './click-target';
import { eraseEverything } from './erase';
import { actionFor } from './notifications';
import { openTarget, runNudgeAction } from './actions';
import { registerGuard } from './guard';
import { hasIdleApi } from './idle';
import { checkPayload, notTendPage, REFUSED, unknownMessage } from './message-checks';
import { HAS_NOTIFICATION_BUTTONS } from './no-notification-buttons';
import { STILL_HERE_ALARM } from './presence';
import { forgetWaiting } from './waiting';
import { isNews, onSyncAreaChanged, stopSync } from './sync';
import { syncChoice } from '../storage/sync';
import { freshPopupView, inTurn, markStillHere, recordIdleChange, wake } from './wake';

/** One named handler per message, answered through the typed map. */
const handlers: MessageHandlers = {
  // The page shows what its change led to (the popup its next break, say) from this answer.
  'data-changed': async ({ what }) => {
    // Sync turned off: Tend's items leave the sync area before the wake plans, and after any
    // wake still under way, which may have read "on" and be writing to it.
    const stopping = what === 'sync' ? inTurn(stopSyncIfOff) : null;
    const [, view] = await Promise.all([stopping, freshPopupView(`data-changed:${what}`)]);
    return { view };
  },
  'popup-view': () => freshPopupView(),
  'nudge-action': async ({ key, action }) => {
    const id = readNudgeKey(key);
    if (!id || !NUDGE_ACTIONS[id.kind]?.includes(action)) {
      throw new Error(`Tend: ${id?.kind ?? 'unknown'} nudges have no action "${action}"`);
    }
    const waiting = await answer(key);
    await runNudgeAction(action, id);
    return { waiting };
  },
  'open-nudge': async ({ key }) => {
    const id = readNudgeKey(key);
    const waiting = await answer(key);
    if (id) await openTarget(clickTarget(id));
    return { waiting };
  },
  'dismiss-nudge': async ({ key }) => ({ waiting: await answer(key) }),
  'erase-everything': async () => {
    await eraseEverything();
    return { erased: true };
  },
};

async function stopSyncIfOff(): Promise<void> {
  if (!(await syncChoice.getValue()).on) await stopSync(await openDb());
}

/**
 * The user answered the nudge `key`: its notification goes, it waits no more, and it counts
 * as shown (a wake stopped before it marked it so must not bring it back).
 */
async function answer(key: string): Promise<number> {
  await browser.notifications.clear(key);
  const waiting = await forgetWaiting(key);
  await markShown(await openDb(), [key]);
  return waiting;
}

function logFailure(error: unknown): void {
  console.error('Tend background:', error);
}

/**
 * Registers every listener synchronously (MV3 only wakes a stopped worker for listeners
 * added in its first turn); each one wakes the planner, which rebuilds all it needs
 * from the database.
 */
export function registerBackground(): void {
  // Listeners return their promise: the polyfill lets them, and it keeps the worker
  // alive until the wake is done.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage().catch(logFailure);
    await wake('installed').catch(logFailure);
  });
  browser.runtime.onStartup.addListener(() => wake('startup').catch(logFailure));
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === WAKE_ALARM) await wake('alarm').catch(logFailure);
    // A mark, not a wake; a mark that finds a gap (the computer slept) wakes all the same.
    if (alarm.name === STILL_HERE_ALARM) await markStillHere().catch(logFailure);
  });
  if (hasIdleApi()) {
    browser.idle.onStateChanged.addListener((state) => recordIdleChange(state).catch(logFailure));
  }
  // sendResponse and `return true` rather than a returned promise: Chrome, Firefox,
  // the polyfill and WXT's fake browser all understand this form.
  // Only Tend's own pages are answered, and only with a payload of the message's shape;
  // anything else is refused and logged, and changes nothing.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const stranger = notTendPage(sender);
    if (stranger !== null || !isEnvelope(message, handlers)) {
      console.warn(REFUSED, stranger ?? unknownMessage(message));
      return false;
    }
    const checked = checkPayload(message);
    if (!checked.ok) {
      console.warn(REFUSED, checked.why);
      sendResponse({ ok: false, error: checked.why } satisfies Reply);
      return true;
    }
    const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
    handler(checked.payload).then(
      (value) => sendResponse({ ok: true, value } satisfies Reply),
      (error: unknown) => {
        logFailure(error);
        sendResponse(failureReply(error));
      },
    );
    return true;
  });
  // Opening comes first and unawaited: a popup may only open while the click still counts
  // as the user's gesture.
  browser.notifications.onClicked.addListener(async (notificationId) => {
    const id = readNudgeKey(notificationId);
    if (id) void openTarget(clickTarget(id)).catch(logFailure);
    await answer(notificationId).catch(logFailure);
  });
  // Not in Firefox, which has no notification buttons and warns at each listener added.
  if (HAS_NOTIFICATION_BUTTONS) {
    browser.notifications.onButtonClicked.addListener(async (notificationId, index) => {
      const id = readNudgeKey(notificationId);
      const action = actionFor(notificationId, index);
      if (id && action) void runNudgeAction(action, id).catch(logFailure);
      else console.warn('Tend: no action for button', index, 'of', id?.kind);
      await answer(notificationId).catch(logFailure);
    });
  }
  // No notifications.onClosed listener: a closed notification is no answer. Firefox reports
  // every close with byUser: true (Bugzilla 1413188): one that timed out, one Tend cleared,
  // one a headless Firefox could not show at all. And a nudge the system timed out or hid
  // under Do Not Disturb is just what the waiting list and the badge are for. A nudge waits
  // until the user acts on it (a click, a button, the popup) or it goes stale.
  // Another computer's change, fetched by the browser: a wake syncs it in and plans again.
  onSyncAreaChanged((changes) => {
    if (isNews(changes)) void wake('sync-changed').catch(logFailure);
  });
  registerGuard();
}
