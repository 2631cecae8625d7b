import type { NudgeId } from '../domain/nudge-key';
import type { PageAddress } from '../domain/page-address';

/**
 * Where a click on a nudge's notification (or "Open" in the popup's list) leads: the page
 * with all of that nudge's actions, which Firefox, with no notification buttons, relies on.
 */
export function clickTarget(id: NudgeId): PageAddress {
  switch (id.kind) {
    case 'break':
      return { page: 'break', kind: id.breakKind };
    // The composer for that person (see openTarget).
    case 'reconnect':
      return { page: 'popup', compose: id.contactId };
    // The connection log, filled in from the check-in it is about.
    case 'check-in-log':
      return {
        page: 'options',
        section: 'connections',
        from: id.kind,
        log: { checkInId: id.checkInId, date: id.date },
      };
    case 'check-in-reminder':
    case 'check-in-prep':
    case 'gathering-idea':
      return { page: 'options', section: 'check-ins', from: id.kind };
    case 'hours-limit':
      return { page: 'options', section: 'work', from: id.kind };
    case 'reflection':
      return { page: 'options', section: 'reflection', from: id.kind };
    // The question waits in the popup, with its two answers.
    case 'time-zone':
      return { page: 'popup' };
    // The hours and boundaries, with a banner that says why it came and offers its actions,
    // turning the kind off included.
    case 'wrap-up':
    case 'boundary':
      return { page: 'options', section: 'hours', from: id.kind };
  }
}
