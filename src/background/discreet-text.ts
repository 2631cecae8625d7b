import type { Nudge } from '../domain/nudge';
import type { DiscreetNotifications } from '../domain/types';
import { t } from '../i18n';
import type { NudgeText } from './nudge-text';

/** What the browser says of the screen: Firefox never reports 'locked'. */
export type ScreenState = 'active' | 'idle' | 'locked';

/** Whether a notification shown now leaves out names, titles and places. */
export function isDiscreet(mode: DiscreetNotifications, screen: ScreenState): boolean {
  return mode === 'always' || (mode === 'when-locked' && screen === 'locked');
}

/**
 * The generic words of a nudge whose own words name someone or somewhere (a person, a
 * check-in's title or place, the user's own gathering ideas); null for one whose words name
 * nobody (a break, the end of the day), which reads the same on a locked screen.
 */
export function discreetText(nudge: Nudge): NudgeText | null {
  const more = t('discreetMessage');
  switch (nudge.kind) {
    case 'reconnect':
      return { title: t('discreetReconnectTitle'), message: more };
    case 'check-in-reminder':
    case 'check-in-prep':
      return { title: t('discreetCheckInTitle'), message: more };
    case 'check-in-log':
      return { title: t('discreetLogTitle'), message: more };
    case 'gathering-idea':
      return { title: t('gatheringTitle'), message: more };
    default:
      return null;
  }
}

/** The notification's words: `full` unless discretion applies and the nudge names anyone. */
export function notificationText(
  nudge: Nudge,
  full: NudgeText,
  mode: DiscreetNotifications,
  screen: ScreenState,
): NudgeText {
  return (isDiscreet(mode, screen) && discreetText(nudge)) || full;
}
