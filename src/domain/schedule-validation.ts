import { WEEKDAYS } from './settings';
import type { Settings, Weekday, WorkHours } from './types';
import { isClockTime } from './clock-time';

/** One problem with the settings form; `message` is a key into the i18n catalogue. */
export type ScheduleError = {
  day: Weekday | null;
  field:
    | 'start'
    | 'end'
    | 'timeZone'
    | 'schedule'
    | 'wrapUpMinutesBefore'
    | 'boundaryRepeatMinutes'
    | 'boundaryMaxPerDay';
  message:
    | 'errorTimeFormat'
    | 'errorEndBeforeStart'
    | 'errorDayTooLong'
    | 'errorSameStartEnd'
    | 'errorNoWorkdays'
    | 'errorTimeZone'
    | 'errorWrapUpRange'
    | 'errorRepeatRange'
    | 'errorCountRange';
};

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function hoursErrors(day: Weekday, hours: WorkHours): ScheduleError[] {
  const formatErrors: ScheduleError[] = (['start', 'end'] as const)
    .filter((field) => !isClockTime(hours[field]))
    .map((field) => ({ day, field, message: 'errorTimeFormat' }));
  if (formatErrors.length > 0) return formatErrors;
  // Zero-padded 'HH:mm' strings compare in time order.
  if (hours.end === hours.start) return [{ day, field: 'end', message: 'errorSameStartEnd' }];
  if (!hours.endsNextDay && hours.end < hours.start) {
    return [{ day, field: 'end', message: 'errorEndBeforeStart' }];
  }
  if (hours.endsNextDay && hours.end > hours.start) {
    return [{ day, field: 'end', message: 'errorDayTooLong' }];
  }
  return [];
}

/** Every problem with the settings, Monday first; an empty list means they can be saved. */
export function validateSettings(settings: Settings): ScheduleError[] {
  const { schedule, boundary } = settings;
  const errors: ScheduleError[] = [];
  for (const day of WEEKDAYS) {
    const hours = schedule.days[day];
    if (hours) errors.push(...hoursErrors(day, hours));
  }
  if (WEEKDAYS.every((day) => schedule.days[day] === null)) {
    errors.push({ day: null, field: 'schedule', message: 'errorNoWorkdays' });
  }
  if (!isValidTimeZone(schedule.timeZone)) {
    errors.push({ day: null, field: 'timeZone', message: 'errorTimeZone' });
  }
  if (!isIntegerIn(boundary.wrapUpMinutesBefore, 1, 240)) {
    errors.push({ day: null, field: 'wrapUpMinutesBefore', message: 'errorWrapUpRange' });
  }
  if (!isIntegerIn(boundary.boundaryRepeatMinutes, 5, 240)) {
    errors.push({ day: null, field: 'boundaryRepeatMinutes', message: 'errorRepeatRange' });
  }
  if (!isIntegerIn(boundary.boundaryMaxPerDay, 1, 20)) {
    errors.push({ day: null, field: 'boundaryMaxPerDay', message: 'errorCountRange' });
  }
  return errors;
}
