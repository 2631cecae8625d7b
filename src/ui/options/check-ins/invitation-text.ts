import type { InvitationParts } from '../../../domain/checkins/invitation';
import { t, type MessageKey } from '../../../i18n';
import { countText, plural } from '../../../plural';
import { listText } from '../../shared/format';
import { KIND_LABEL } from '../../shared/network-labels';
import { isolated } from '../../../text/isolate';

const NTH: Record<string, MessageKey> = {
  '1': 'nthFirst',
  '2': 'nthSecond',
  '3': 'nthThird',
  '4': 'nthFourth',
  '5': 'nthFifth',
  '-1': 'nthLast',
};

function repeatLine(parts: InvitationParts): string {
  const { repeat } = parts;
  switch (repeat.code) {
    case 'weekly':
      return plural('inviteEveryNWeeks', repeat.everyWeeks, [
        countText(repeat.everyWeeks),
        listText(repeat.weekdayNames),
      ]);
    case 'monthly-date':
      return t('inviteMonthlyDate', [String(repeat.day)]);
    case 'monthly-weekday':
      return t('inviteMonthlyWeekday', [
        t(NTH[String(repeat.nth)] ?? 'nthFirst'),
        repeat.weekdayName,
      ]);
    default:
      return t('inviteOnce');
  }
}

/** The invitation as text a user can paste into an e-mail or a chat; one line per fact. */
export function invitationText(parts: InvitationParts): string {
  const until = 'until' in parts.repeat ? parts.repeat.until : null;
  const lines = [
    // What the user typed is isolated: a right-to-left name turns no other word round.
    t('inviteTitle', [isolated(parts.title), t(KIND_LABEL[parts.kind])]),
    repeatLine(parts),
    ...(until ? [t('inviteUntil', [until.text])] : []),
    ...parts.next.map((next) => t('inviteWhen', [next.day, next.startTime, next.endTime])),
    ...(parts.place ? [t('invitePlace', [isolated(parts.place)])] : []),
    ...(parts.link ? [t('inviteLink', [parts.link])] : []),
    ...(parts.participants.length > 0
      ? [t('inviteWith', [listText(parts.participants.map(isolated))])]
      : []),
    t('inviteZone', [parts.zoneName]),
  ];
  return lines.join('\n');
}
