import { browser } from 'wxt/browser';
import { formatTime } from '../domain/format';
import { t, uiLanguage, type MessageKey } from '../i18n';
import type { Nudge, NudgeKind } from '../domain/types';

/** A notification button and what pressing it does. */
export type NudgeAction = 'end-day' | 'open-settings';

const ACTIONS: Partial<Record<NudgeKind, NudgeAction[]>> = {
  'wrap-up': ['end-day', 'open-settings'],
  boundary: ['end-day', 'open-settings'],
};

const ACTION_LABELS: Record<NudgeAction, MessageKey> = {
  'end-day': 'actionEndDay',
  'open-settings': 'actionReminderSettings',
};

// Firefox notifications have no buttons; there a click opens Tend, where the same
// actions are one more click away.
const HAS_BUTTONS = !import.meta.env.FIREFOX;

/** The kind of nudge a notification id belongs to ('boundary:2026-11-23:1' -> 'boundary'). */
export function kindOf(notificationId: string): NudgeKind {
  return notificationId.split(':')[0] as NudgeKind;
}

/** The action behind a button of the notification `notificationId`. */
export function actionFor(notificationId: string, buttonIndex: number): NudgeAction | undefined {
  return ACTIONS[kindOf(notificationId)]?.[buttonIndex];
}

function text(nudge: Nudge, timeZone: string): { title: string; message: string } {
  const ends =
    nudge.workdayEndsAt === undefined
      ? ''
      : formatTime(nudge.workdayEndsAt, timeZone, uiLanguage());
  switch (nudge.kind) {
    case 'wrap-up':
      return {
        title: t('wrapUpTitle'),
        message: t('wrapUpMessage', [String(nudge.minutesLeft ?? 0), ends]),
      };
    case 'boundary':
      return { title: t('boundaryTitle'), message: t('boundaryMessage', [ends]) };
    default:
      return { title: t('extName'), message: t('nudgeGeneric') };
  }
}

/** Shows one nudge; its id is the nudge key, so the same nudge can never stack twice. */
export async function showNudge(nudge: Nudge, timeZone: string): Promise<void> {
  const { title, message } = text(nudge, timeZone);
  const actions = ACTIONS[nudge.kind] ?? [];
  await browser.notifications.create(nudge.key, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    // Firefox supports neither buttons nor the context line.
    ...(HAS_BUTTONS && {
      contextMessage: t('nudgeWhy'),
      ...(actions.length > 0 && {
        buttons: actions.map((action) => ({ title: t(ACTION_LABELS[action]) })),
      }),
    }),
  });
}
