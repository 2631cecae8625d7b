import type { NudgeKind } from '../domain/types';
import type { MessageKey } from '../i18n';

/** Why each kind of nudge comes, as the notification and the settings page both say it. */
export const NUDGE_WHY: Partial<Record<NudgeKind, MessageKey>> = {
  'wrap-up': 'nudgeWhy',
  boundary: 'nudgeWhy',
  'hours-limit': 'nudgeWhyLimit',
  reconnect: 'nudgeWhyReconnect',
  break: 'nudgeWhyBreak',
  'check-in-reminder': 'nudgeWhyCheckIn',
  'check-in-prep': 'nudgeWhyPrep',
  'check-in-log': 'nudgeWhyLog',
  'gathering-idea': 'nudgeWhyGathering',
  reflection: 'nudgeWhyReflection',
  'time-zone': 'nudgeWhyTimeZone',
};
