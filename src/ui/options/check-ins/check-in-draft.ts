import type { CheckIn, CheckInMode, Recurrence, Weekday } from '../../../domain/types';
import { numberOf, numberOrNull, numberText } from '../../shared/number-field';

/** The check-in form's fields as typed; numbers stay text until validated. */
export interface CheckInDraft {
  title: string;
  kind: CheckIn['kind'];
  contactIds: string[];
  mode: CheckInMode;
  place: string;
  link: string;
  startDate: string;
  startTime: string;
  durationMinutes: string;
  repeat: Recurrence['kind'];
  everyWeeks: string;
  weekdays: Weekday[];
  monthDay: string;
  nth: string;
  nthWeekday: Weekday;
  until: string;
  reminderMinutesBefore: string;
}

/** The form's starting values: an existing check-in, or a fortnightly supervision from `today`. */
export function checkInDraft(
  checkIn: CheckIn | null,
  today: string,
  weekday: Weekday,
): CheckInDraft {
  const recurrence = checkIn?.recurrence ?? {
    kind: 'weekly',
    everyWeeks: 2,
    weekdays: [weekday],
    until: null,
  };
  return {
    title: checkIn?.title ?? '',
    kind: checkIn?.kind ?? 'supervision',
    contactIds: [...(checkIn?.contactIds ?? [])],
    mode: checkIn?.mode ?? 'in-person',
    place: checkIn?.place ?? '',
    link: checkIn?.link ?? '',
    startDate: checkIn?.startDate ?? today,
    startTime: checkIn?.startTime ?? '10:00',
    durationMinutes: numberText(checkIn?.durationMinutes ?? 60),
    repeat: recurrence.kind,
    everyWeeks: recurrence.kind === 'weekly' ? String(recurrence.everyWeeks) : '2',
    weekdays: recurrence.kind === 'weekly' ? [...recurrence.weekdays] : [weekday],
    monthDay:
      recurrence.kind === 'monthly-date'
        ? String(recurrence.day)
        : today.slice(8).replace(/^0/, ''),
    nth: recurrence.kind === 'monthly-weekday' ? String(recurrence.nth) : '1',
    nthWeekday: recurrence.kind === 'monthly-weekday' ? recurrence.weekday : weekday,
    until: recurrence.kind === 'none' ? '' : (recurrence.until ?? ''),
    reminderMinutesBefore: checkIn ? numberText(checkIn.reminderMinutesBefore) : '15',
  };
}

function recurrenceFrom(draft: CheckInDraft): Recurrence {
  const until = draft.until.trim() === '' ? null : draft.until;
  switch (draft.repeat) {
    case 'weekly':
      return {
        kind: 'weekly',
        everyWeeks: numberOf(draft.everyWeeks),
        weekdays: [...draft.weekdays],
        until,
      };
    case 'monthly-date':
      return { kind: 'monthly-date', day: numberOf(draft.monthDay), until };
    case 'monthly-weekday':
      return {
        kind: 'monthly-weekday',
        nth: numberOf(draft.nth) as 1 | 2 | 3 | 4 | 5 | -1,
        weekday: draft.nthWeekday,
        until,
      };
    default:
      return { kind: 'none' };
  }
}

/** The check-in the form describes; `base` keeps skips, moves and the pause. */
export function checkInFrom(
  draft: CheckInDraft,
  base: CheckIn | null,
  id: string,
  timeZone: string,
): CheckIn {
  return {
    id: base?.id ?? id,
    title: draft.title.trim(),
    kind: draft.kind,
    contactIds: [...draft.contactIds],
    mode: draft.mode,
    place: draft.place.trim(),
    link: draft.link.trim(),
    startDate: draft.startDate,
    startTime: draft.startTime,
    // A check-in keeps the zone it was made in: 10:00 in London stays 10:00 in London.
    timeZone: base?.timeZone ?? timeZone,
    durationMinutes: numberOf(draft.durationMinutes),
    recurrence: recurrenceFrom(draft),
    skipped: [...(base?.skipped ?? [])],
    moved: { ...(base?.moved ?? {}) },
    reminderMinutesBefore: numberOrNull(draft.reminderMinutesBefore),
    paused: base?.paused ?? false,
  };
}
