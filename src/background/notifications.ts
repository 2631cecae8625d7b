import { browser } from 'wxt/browser';
import { now } from '../clock';
import type { Nudge } from '../domain/nudge';
import { readNudgeKey } from '../domain/nudge-key';
import type { PlannerState } from '../domain/planner-state';
import { t } from '../i18n';
import { NUDGE_ACTION_LABEL, NUDGE_ACTIONS, type NudgeAction } from '../text/nudge-actions';
import { NUDGE_WHY } from '../text/nudge-why';
import { notificationText, type ScreenState } from './discreet-text';
import { hasIdleApi } from './idle';
import { HAS_NOTIFICATION_BUTTONS } from './no-notification-buttons';
import { nudgeText, type NudgeText } from './nudge-text';
import { recordWaiting } from './waiting';

/** The action behind a button of the notification `notificationId`. */
export function actionFor(notificationId: string, buttonIndex: number): NudgeAction | undefined {
  const kind = readNudgeKey(notificationId)?.kind;
  return kind ? NUDGE_ACTIONS[kind]?.[buttonIndex] : undefined;
}

// A nudge whose words cannot be made (a person gone mid-wake, a broken catalogue) still
// reaches the user, in generic words, rather than being claimed and never shown.
function wordsOf(nudge: Nudge, state: PlannerState): NudgeText {
  try {
    return nudgeText(nudge, state);
  } catch (error) {
    console.error('Tend background: the words of a nudge failed', error);
    return { title: t('extName'), message: t('nudgeGeneric') };
  }
}

/**
 * Delivers one nudge: it waits for an answer, counted on the toolbar badge and listed in the
 * popup, and with `notify` it is also shown as a notification whose id is the nudge key (so
 * the same nudge can never stack twice). It is listed first: a notification the system
 * refuses still leaves the nudge waiting where the user will see it.
 */
export async function deliverNudge(
  nudge: Nudge,
  state: PlannerState,
  notify: boolean,
): Promise<void> {
  const { title, message } = wordsOf(nudge, state);
  const about = nudge.kind === 'reconnect' ? nudge.contactId : undefined;
  const name = state.contacts.find((contact) => contact.id === about)?.name;
  const shownAt = (await now()).getTime();
  const zone = state.settings.schedule.timeZone;
  // A list or a badge that cannot be written must not keep the notification from showing.
  const listing = await recordWaiting(nudge, { title, message, name }, zone, shownAt).then(
    () => null,
    (error: unknown) => error,
  );
  if (notify) {
    const mode = state.settings.discreetNotifications;
    const words = notificationText(nudge, { title, message }, mode, await screenState(state));
    await show(nudge, words.title, words.message);
  }
  if (listing !== null) throw listing;
}

// The screen as it is when the notification shows (a lock screen shows it too); a browser
// without the idle API, or one that cannot say, counts as unlocked.
async function screenState(state: PlannerState): Promise<ScreenState> {
  if (!hasIdleApi()) return 'active';
  const seconds = Math.max(15, Math.round(state.settings.idleThresholdSeconds));
  return browser.idle.queryState(seconds).catch(() => 'active' as const);
}

/** The system notification of a nudge, with its buttons where the browser has them. */
async function show(nudge: Nudge, title: string, message: string): Promise<void> {
  const actions = NUDGE_ACTIONS[nudge.kind] ?? [];
  const why = NUDGE_WHY[nudge.kind];
  await browser.notifications.create(nudge.key, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    // Firefox supports neither buttons nor the context line.
    ...(HAS_NOTIFICATION_BUTTONS && {
      ...(why && { contextMessage: t(why) }),
      ...(actions.length > 0 && {
        buttons: actions.map((action) => ({ title: t(NUDGE_ACTION_LABEL[action]) })),
      }),
    }),
  });
}
