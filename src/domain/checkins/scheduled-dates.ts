import { calendarDaysBetween, dateOf, weekdayOf } from '../calendar-date';
import type { CheckIn, Weekday } from '../types';
import { dateIn, daysInMonth, isLocalDate, yearMonthOf } from './local-calendar';
import { DAY_MS } from '../time-units';

function isWeekday(value: number): value is Weekday {
  return Number.isInteger(value) && value >= 0 && value <= 6;
}

// Local dates as whole days since 1970-01-01 (a Thursday) and back: the weekly walk counts
// in plain numbers and writes out only the dates it yields, which keeps a wake's fifty
// check-ins from parsing and formatting a date string at every step.
function dayNumber(date: string): number {
  return calendarDaysBetween('1970-01-01', date);
}

function dateOfDay(day: number): string {
  return dateOf(day * DAY_MS);
}

function mondayOfDay(day: number): number {
  // Day 0 was a Thursday: three days after a Monday.
  return day - ((((day + 3) % 7) + 7) % 7);
}

function* weeklyDates(
  startDate: string,
  everyWeeks: number,
  weekdays: readonly number[],
  first: string,
  last: string,
): Generator<string> {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1) return;
  // Days after Monday, since a week here runs Monday to Sunday.
  const offsets = [...new Set(weekdays.filter(isWeekday).map((day) => (day + 6) % 7))].sort(
    (a, b) => a - b,
  );
  if (offsets.length === 0) return;
  const [firstDay, lastDay] = [dayNumber(first), dayNumber(last)];
  if (!Number.isFinite(firstDay) || !Number.isFinite(lastDay)) return;
  // The week holding the start date is week 0; only every `everyWeeks`-th week after it counts.
  const weekZero = mondayOfDay(dayNumber(startDate));
  const weeksIn = (mondayOfDay(firstDay) - weekZero) / 7;
  for (let week = Math.ceil(weeksIn / everyWeeks) * everyWeeks; ; week += everyWeeks) {
    const monday = weekZero + week * 7;
    if (monday > lastDay) return;
    for (const offset of offsets) {
      const day = monday + offset;
      if (day > lastDay) return;
      if (day >= firstDay) yield dateOfDay(day);
    }
  }
}

// The day of the month a rule picks in one month, or null when that month has none.
type DayPicker = (year: number, month: number) => number | null;

function* monthlyDates(pick: DayPicker, first: string, last: string): Generator<string> {
  let { year, month } = yearMonthOf(first);
  while (dateIn(year, month, 1) <= last) {
    const day = pick(year, month);
    if (day !== null) {
      const date = dateIn(year, month, day);
      if (date > last) return;
      if (date >= first) yield date;
    }
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

// RFC 5545 skips a month without the day (BYMONTHDAY=31 has no February), and so does Tend:
// moving it to the 28th would put two meetings close together and surprise the calendar.
function dayOfMonth(day: number): DayPicker {
  const valid = Number.isInteger(day) && day >= 1 && day <= 31;
  return (year, month) => (valid && day <= daysInMonth(year, month) ? day : null);
}

function nthWeekday(nth: number, weekday: number): DayPicker {
  const valid =
    isWeekday(weekday) && ((Number.isInteger(nth) && nth >= 1 && nth <= 5) || nth === -1);
  return (year, month) => {
    if (!valid) return null;
    const length = daysInMonth(year, month);
    const firstOne = 1 + ((weekday - weekdayOf(dateIn(year, month, 1)) + 7) % 7);
    if (nth === -1) return firstOne + 7 * Math.floor((length - firstOne) / 7);
    const day = firstOne + 7 * (nth - 1);
    return day <= length ? day : null;
  };
}

/**
 * The local dates a check-in's repetition names from `from` to `to` (both inclusive), in
 * order, before skips and moves: never before its start date nor after its `until`.
 */
export function* scheduledDates(checkIn: CheckIn, from: string, to: string): Generator<string> {
  const { startDate, recurrence } = checkIn;
  const until = recurrence.kind === 'none' ? startDate : recurrence.until;
  if (!isLocalDate(startDate) || (until !== null && !isLocalDate(until))) return;
  const first = from > startDate ? from : startDate;
  const last = until !== null && until < to ? until : to;
  if (first > last) return;
  switch (recurrence.kind) {
    case 'none':
      yield startDate;
      return;
    case 'weekly':
      yield* weeklyDates(startDate, recurrence.everyWeeks, recurrence.weekdays, first, last);
      return;
    case 'monthly-date':
      yield* monthlyDates(dayOfMonth(recurrence.day), first, last);
      return;
    case 'monthly-weekday':
      yield* monthlyDates(nthWeekday(recurrence.nth, recurrence.weekday), first, last);
      return;
  }
}

/** Whether the repetition names this local date (a skip or move does not change that). */
export function isScheduled(checkIn: CheckIn, date: string): boolean {
  return isLocalDate(date) && !scheduledDates(checkIn, date, date).next().done;
}
