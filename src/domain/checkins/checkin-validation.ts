import { reachLink, type ReachError } from '../network/reach-link';
import type { CheckIn, Recurrence } from '../types';
import { isLocalDate } from './local-calendar';
import { isClockTime } from '../clock-time';

/** The part of the check-in form a problem belongs to (named as the check-in's fields). */
export type CheckInField =
  | 'title'
  | 'startDate'
  | 'startTime'
  | 'timeZone'
  | 'durationMinutes'
  | 'everyWeeks'
  | 'weekdays'
  | 'day'
  | 'nth'
  | 'weekday'
  | 'until'
  | 'link'
  | 'place'
  | 'reminderMinutesBefore';

/** What is wrong with a field; a bad link gives the codes of reachLink. */
export type CheckInErrorCode =
  | 'title-empty'
  | 'title-too-long'
  | 'date-invalid'
  | 'time-invalid'
  | 'time-zone-invalid'
  | 'out-of-range'
  | 'weekdays-empty'
  | 'weekday-invalid'
  | 'nth-invalid'
  | 'until-before-start'
  | 'text-too-long'
  | ReachError;

/** One problem with a check-in; `min` and `max` give the allowed range for 'out-of-range'. */
export interface CheckInError {
  field: CheckInField;
  code: CheckInErrorCode;
  min?: number;
  max?: number;
}

/** The longest texts and the ranges a check-in's numbers must fall in. */
export const CHECK_IN_LIMITS = {
  title: 200,
  place: 500,
  durationMinutes: [5, 600],
  everyWeeks: [1, 52],
  day: [1, 31],
  reminderMinutesBefore: [0, 1440],
} as const;

// Each zone's answer, once found: a formatter is costly to build (a backup's check-ins
// would build one each, mostly for the same zone), and a zone's validity does not change.
const zoneChecked = new Map<string, boolean>();

function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  let valid = zoneChecked.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneChecked.set(timeZone, valid);
  }
  return valid;
}

function range(
  field: CheckInField,
  value: number,
  [min, max]: readonly [number, number],
): CheckInError[] {
  const fits = Number.isInteger(value) && value >= min && value <= max;
  return fits ? [] : [{ field, code: 'out-of-range', min, max }];
}

function titleErrors(title: string): CheckInError[] {
  const trimmed = title.trim();
  if (trimmed === '') return [{ field: 'title', code: 'title-empty' }];
  if (trimmed.length > CHECK_IN_LIMITS.title) return [{ field: 'title', code: 'title-too-long' }];
  return [];
}

function isWeekday(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 6;
}

function repetitionErrors(recurrence: Recurrence, startDate: string): CheckInError[] {
  const errors: CheckInError[] = [];
  switch (recurrence.kind) {
    case 'none':
      return [];
    case 'weekly':
      errors.push(...range('everyWeeks', recurrence.everyWeeks, CHECK_IN_LIMITS.everyWeeks));
      if (recurrence.weekdays.length === 0)
        errors.push({ field: 'weekdays', code: 'weekdays-empty' });
      else if (!recurrence.weekdays.every(isWeekday)) {
        errors.push({ field: 'weekdays', code: 'weekday-invalid' });
      }
      break;
    case 'monthly-date':
      errors.push(...range('day', recurrence.day, CHECK_IN_LIMITS.day));
      break;
    case 'monthly-weekday': {
      const nth: number = recurrence.nth;
      if (!(nth === -1 || (Number.isInteger(nth) && nth >= 1 && nth <= 5))) {
        errors.push({ field: 'nth', code: 'nth-invalid' });
      }
      if (!isWeekday(recurrence.weekday))
        errors.push({ field: 'weekday', code: 'weekday-invalid' });
      break;
    }
  }
  const { until } = recurrence;
  if (until === null) return errors;
  if (!isLocalDate(until)) errors.push({ field: 'until', code: 'date-invalid' });
  // Zero-padded dates compare in calendar order.
  else if (isLocalDate(startDate) && until < startDate) {
    errors.push({ field: 'until', code: 'until-before-start' });
  }
  return errors;
}

// A virtual check-in needs its link; one that may be either keeps a link only if it works.
// In person, a link left over from another mode is ignored (and never exported).
function linkErrors(checkIn: CheckIn): CheckInError[] {
  const needed = checkIn.mode === 'virtual' || (checkIn.mode === 'either' && checkIn.link.trim());
  if (!needed) return [];
  const result = reachLink({ kind: 'video', value: checkIn.link });
  return result.ok ? [] : [{ field: 'link', code: result.error }];
}

/** Every problem with a check-in, in form order; empty when it can be saved. */
export function validateCheckIn(checkIn: CheckIn): CheckInError[] {
  const reminder = checkIn.reminderMinutesBefore;
  return [
    ...titleErrors(checkIn.title),
    ...(isLocalDate(checkIn.startDate)
      ? []
      : [{ field: 'startDate', code: 'date-invalid' } as const]),
    ...(isClockTime(checkIn.startTime)
      ? []
      : [{ field: 'startTime', code: 'time-invalid' } as const]),
    ...(isValidTimeZone(checkIn.timeZone)
      ? []
      : [{ field: 'timeZone', code: 'time-zone-invalid' } as const]),
    ...range('durationMinutes', checkIn.durationMinutes, CHECK_IN_LIMITS.durationMinutes),
    ...repetitionErrors(checkIn.recurrence, checkIn.startDate),
    ...linkErrors(checkIn),
    ...(checkIn.place.trim().length > CHECK_IN_LIMITS.place
      ? [{ field: 'place', code: 'text-too-long' } as const]
      : []),
    ...(reminder === null
      ? []
      : range('reminderMinutesBefore', reminder, CHECK_IN_LIMITS.reminderMinutesBefore)),
  ];
}

/**
 * The problems of a check-in's fields each on its own, for one that comes from elsewhere (sync,
 * a backup): not how its fields relate. Two computers can each keep a valid check-in whose
 * synced merge is not (one moved its start past the end date the other set; one made it
 * virtual while the other's link was empty or left over from a meeting in person), and
 * refusing the merge would keep them apart for good, and refuse the backup it is exported in.
 * Such a check-in has no dates, or no link to open: a link is checked again wherever it is
 * used (venue.ts, build-popup-view.ts).
 */
export function ownFieldErrors(checkIn: CheckIn): CheckInError[] {
  return validateCheckIn(checkIn).filter(
    (error) => error.field !== 'link' && error.code !== 'until-before-start',
  );
}
