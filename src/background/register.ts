import { browser } from 'wxt/browser';
import { isEnvelope, type MessageHandlers, type Reply } from '../messages';
import { openDb } from '../db/open';
import { loadSettings } from '../db/settings';
import { WAKE_ALARM } from './alarm';
import { actionFor, clickTarget, kindOf } from './notifications';
import { openTarget, runNudgeAction } from './actions';
import { registerGuard } from './guard';
import { hasIdleApi, recordIdleState } from './idle';
import { wake } from './wake';

/** One named handler per message, answered through the typed map. */
const handlers: MessageHandlers = {
  'data-changed': async () => {
    await wake('data-changed');
    return { replanned: true };
  },
};

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
  });
  if (hasIdleApi()) {
    browser.idle.onStateChanged.addListener(async (state) => {
      try {
        const db = await openDb();
        const { idleThresholdSeconds } = await loadSettings(db);
        if (await recordIdleState(db, state, idleThresholdSeconds)) await wake('idle-change');
      } catch (error) {
        logFailure(error);
      }
    });
  }
  // sendResponse and `return true` rather than a returned promise: Chrome, Firefox,
  // the polyfill and WXT's fake browser all understand this form.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isEnvelope(message, handlers)) return false;
    const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
    handler(message.payload).then(
      (value) => sendResponse({ ok: true, value } satisfies Reply),
      (error: unknown) => {
        logFailure(error);
        sendResponse({ ok: false, error: String(error) } satisfies Reply);
      },
    );
    return true;
  });
  browser.notifications.onClicked.addListener((id) => {
    void browser.notifications.clear(id);
    void openTarget(clickTarget(id)).catch(logFailure);
  });
  // Firefox has no notification buttons and no onButtonClicked.
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const action = actionFor(id, index);
    void browser.notifications.clear(id);
    if (action) void runNudgeAction(action, id).catch(logFailure);
    else console.warn('Tend: no action for button', index, 'of', kindOf(id));
  });
  registerGuard();
}
