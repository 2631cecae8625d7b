import type { NudgeKind } from '../domain/types';
import type { MessageKey } from '../i18n';

/** A name for each kind of nudge, as the user turns them off and on. */
export const NUDGE_KIND_LABEL: Record<NudgeKind, MessageKey> = {
  'wrap-up': 'kindLabelWrapUp',
  boundary: 'kindLabelBoundary',
  break: 'kindLabelBreak',
  'check-in-reminder': 'kindLabelCheckInReminder',
  'check-in-prep': 'kindLabelCheckInPrep',
  'check-in-log': 'kindLabelCheckInLog',
  reconnect: 'kindLabelReconnect',
  reflection: 'kindLabelReflection',
  'gathering-idea': 'kindLabelGatheringIdea',
  'hours-limit': 'kindLabelHoursLimit',
  'time-zone': 'kindLabelTimeZone',
};
