import { addHours } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { stateAt } from '../../src/domain/activity';
import { addCalendarDays, weekdayOf } from '../../src/domain/calendar-date';
import { effectiveWorkdayOn } from '../../src/domain/effective-workday';
import type { ActivityState, ActivityTransition, Settings } from '../../src/domain/types';
import { zonedInstant } from '../../src/domain/wall-clock';
import { localDate, type Workday } from '../../src/domain/workday';
import { MINUTE, settingsIn, withHours } from './planner-fixtures';
import { simulate, type ShownNudge } from './simulate';

// Four weeks in London from Monday 12 October 2026, the clocks going back on 25 October.
const zone = 'Europe/London';
const FIRST = '2026-10-12';
const DAYS = 28;
const dates = Array.from({ length: DAYS }, (_, days) => addCalendarDays(FIRST, days));

// A fixed sequence of "random" minutes, so every run plays the same month.
function randomMinutes(seed: number): (from: number, to: number) => number {
  let state = seed;
  return (from, to) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return from + Math.floor((state / 2 ** 31) * (to - from + 1));
  };
}

/** A day's transitions: [local 'HH:mm', minutes later, state]. */
function day(date: string, entries: [string, number, ActivityState][]): ActivityTransition[] {
  return entries.map(([time, minutes, state]) => ({
    at: zonedInstant(zone, date, time) + minutes * MINUTE,
    state,
  }));
}

interface Pattern {
  name: string;
  settings: Settings;
  activity: ActivityTransition[];
  busy: { start: number; end: number }[];
}

const limits = (settings: Settings): Settings => ({
  ...settings,
  work: { ...settings.work, dailyLimitMinutes: 8 * 60, weeklyLimitMinutes: 30 * 60 },
});

function officeHours(): Pattern {
  const r = randomMinutes(7);
  const activity: ActivityTransition[] = [];
  const busy: Pattern['busy'] = [];
  dates.forEach((date, index) => {
    const weekday = weekdayOf(date);
    if (weekday === 6)
      activity.push(
        ...day(date, [
          ['10:00', 0, 'active'],
          ['11:30', 0, 'locked'],
        ]),
      );
    if (weekday === 0 || weekday === 6) return;
    const blip = r(10, 60);
    const lunch = r(0, 30);
    const afternoon = r(0, 60);
    activity.push(
      ...day(date, [
        ['08:45', r(0, 20), 'active'],
        ['10:00', blip, 'idle'],
        ['10:00', blip + r(2, 12), 'active'],
        ['12:15', lunch, 'locked'],
        ['12:15', lunch + r(30, 60), 'active'],
        ['15:00', afternoon, 'idle'],
        ['15:00', afternoon + r(2, 12), 'active'],
        ['16:50', r(0, 60), 'locked'],
      ]),
    );
    // Now and then an evening back at the computer.
    if (index % 3 === 0)
      activity.push(
        ...day(date, [
          ['20:00', 0, 'active'],
          ['20:45', 0, 'locked'],
        ]),
      );
    if (weekday === 2)
      busy.push({
        start: zonedInstant(zone, date, '10:00'),
        end: zonedInstant(zone, date, '11:00'),
      });
    if (weekday === 4)
      busy.push({
        start: zonedInstant(zone, date, '14:00'),
        end: zonedInstant(zone, date, '14:45'),
      });
  });
  return {
    name: 'office hours 09–17 Monday to Friday',
    settings: limits(settingsIn(zone)),
    activity,
    busy,
  };
}

function splitShift(): Pattern {
  const r = randomMinutes(11);
  const activity: ActivityTransition[] = [];
  const busy: Pattern['busy'] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) continue;
    const morning = r(0, 30);
    const evening = r(0, 30);
    activity.push(
      ...day(date, [
        ['07:00', r(0, 10), 'active'],
        ['09:30', morning, 'idle'],
        ['09:30', morning + r(2, 8), 'active'],
        ['11:00', 0, 'locked'],
        ['16:00', r(0, 5), 'active'],
        ['18:00', evening, 'idle'],
        ['18:00', evening + r(2, 8), 'active'],
        ['20:00', r(0, 20), 'locked'],
      ]),
    );
    if (weekday === 3)
      busy.push({
        start: zonedInstant(zone, date, '08:30'),
        end: zonedInstant(zone, date, '09:15'),
      });
    if (weekday === 5)
      busy.push({
        start: zonedInstant(zone, date, '17:00'),
        end: zonedInstant(zone, date, '17:30'),
      });
  }
  const split = withHours(
    settingsIn(zone),
    { start: '07:00', end: '20:00', endsNextDay: false },
    [1, 2, 3, 4, 5],
  );
  return {
    name: 'a split shift 07:00–20:00, at work 07–11 and 16–20',
    settings: limits(split),
    activity,
    busy,
  };
}

describe.each([officeHours(), splitShift()])(
  'four weeks of $name',
  ({ settings, activity, busy }) => {
    const { shown } = simulate({
      settings,
      activity,
      busy,
      from: zonedInstant(zone, FIRST, '00:00'),
      until: zonedInstant(zone, addCalendarDays(FIRST, DAYS), '00:00'),
    });
    const workdays = dates
      .map((date) => effectiveWorkdayOn(settings, [], date))
      .filter((workday): workday is Workday => workday !== null);
    const inWorkday = (instant: number) =>
      workdays.some((workday) => workday.startsAt <= instant && instant < workday.endsAt);
    // After a workday, until 12 hours later or the next workday's start.
    const windowEnd = (workday: Workday) => {
      const next = workdays.find((later) => later.startsAt > workday.startsAt);
      return Math.min(addHours(workday.endsAt, 12).getTime(), next?.startsAt ?? Infinity);
    };
    const afterHours = (instant: number) =>
      workdays.some((workday) => workday.endsAt <= instant && instant < windowEnd(workday));
    const ofKind = (kind: ShownNudge['kind']) => shown.filter((nudge) => nudge.kind === kind);

    it('never shows the same nudge twice', () => {
      const keys = shown.map((nudge) => nudge.key);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('nudges only inside the workday, but for boundary reminders and hours limits just after it', () => {
      const outside = shown.filter((nudge) => !inWorkday(nudge.shownAt));
      expect(
        outside
          .filter((nudge) => nudge.kind !== 'boundary' && nudge.kind !== 'hours-limit')
          .map((nudge) => nudge.key),
      ).toEqual([]);
      expect(outside.filter((nudge) => !afterHours(nudge.shownAt))).toEqual([]);
    });

    it('nudges only a user at the computer', () => {
      expect(shown.filter((nudge) => stateAt(activity, nudge.shownAt) !== 'active')).toEqual([]);
    });

    it('keeps boundary reminders within the cap and the window after the workday', () => {
      for (const workday of workdays) {
        const reminders = ofKind('boundary').filter((nudge) =>
          nudge.key.startsWith(`boundary:${workday.date}:${workday.endsAt}:`),
        );
        expect(reminders.length).toBeLessThanOrEqual(settings.boundary.boundaryMaxPerDay);
        for (const reminder of reminders) {
          expect(reminder.shownAt).toBeGreaterThanOrEqual(workday.endsAt);
          expect(reminder.shownAt).toBeLessThan(windowEnd(workday));
        }
      }
    });

    it('gives every workday its wrap-up and its breaks', () => {
      for (const workday of workdays) {
        const during = (nudge: ShownNudge) =>
          nudge.shownAt >= workday.startsAt && nudge.shownAt < workday.endsAt;
        expect(
          ofKind('wrap-up')
            .filter(during)
            .map((nudge) => nudge.key),
        ).toEqual([`wrap-up:${workday.date}:${workday.endsAt}`]);
        expect(ofKind('break').filter(during).length).toBeGreaterThanOrEqual(4);
      }
    });

    it('never nudges about a break during a check-in, and brings a due one when it ends', () => {
      const breaks = ofKind('break');
      for (const checkIn of busy) {
        expect(
          breaks.filter((nudge) => nudge.shownAt >= checkIn.start && nudge.shownAt < checkIn.end),
        ).toEqual([]);
      }
      expect(breaks.some((nudge) => busy.some((checkIn) => checkIn.end === nudge.shownAt))).toBe(
        true,
      );
    });

    it('says each hours limit at most once a day and once a week', () => {
      const limitsShown = ofKind('hours-limit');
      const days = limitsShown
        .filter((nudge) => nudge.limit === 'day')
        .map((nudge) => localDate(zone, nudge.shownAt));
      const weeks = limitsShown.filter((nudge) => nudge.limit === 'week').map((nudge) => nudge.key);
      expect(new Set(days).size).toBe(days.length);
      expect(weeks).toEqual([
        'hours-limit:week:2026-10-12',
        'hours-limit:week:2026-10-19',
        'hours-limit:week:2026-10-26',
        'hours-limit:week:2026-11-02',
      ]);
      for (const nudge of limitsShown)
        expect(nudge.workedMs).toBeGreaterThanOrEqual(
          nudge.limit === 'week' ? 30 * 60 * MINUTE : 8 * 60 * MINUTE,
        );
    });
  },
);
