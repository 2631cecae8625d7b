import type { NudgeKind } from '../domain/types';
import type { MessageKey } from '../i18n';

/** What a nudge offers to do: a notification button, and the same in the popup. */
export type NudgeAction =
  | 'end-day'
  | 'open-settings'
  | 'snooze-person'
  | 'compose'
  | 'start-break'
  | 'snooze-break'
  | 'snooze-kind'
  | 'move-hours'
  | 'keep-hours';

// Chrome shows at most two buttons; everything else is one click away on the page a
// click on the notification opens (the background's clickTarget), including turning the
// kind off.
export const NUDGE_ACTIONS: Partial<Record<NudgeKind, NudgeAction[]>> = {
  'wrap-up': ['end-day', 'open-settings'],
  boundary: ['end-day', 'snooze-kind'],
  'hours-limit': ['end-day', 'open-settings'],
  reconnect: ['compose', 'snooze-person'],
  break: ['start-break', 'snooze-break'],
  'time-zone': ['move-hours', 'keep-hours'],
};

/** The words on each action's button. */
export const NUDGE_ACTION_LABEL: Record<NudgeAction, MessageKey> = {
  'end-day': 'actionEndDay',
  'open-settings': 'actionReminderSettings',
  'snooze-person': 'actionSnoozePerson',
  compose: 'waitingActionCompose',
  'start-break': 'breakStart',
  'snooze-break': 'actionSnoozeBreak',
  'snooze-kind': 'actionSnoozeHour',
  'move-hours': 'actionMoveHours',
  'keep-hours': 'actionKeepHours',
};
