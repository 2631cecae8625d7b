import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import { validateSettings } from '../../src/domain/schedule-validation';
import type { BoundarySettings, Settings, WorkHours } from '../../src/domain/types';
import { withHours } from './planner-fixtures';

const valid = defaultSettings('Europe/London');

function withMonday(hours: WorkHours): Settings {
  return { ...valid, schedule: { ...valid.schedule, days: { ...valid.schedule.days, 1: hours } } };
}

function withBoundary(boundary: Partial<BoundarySettings>): Settings {
  return { ...valid, boundary: { ...valid.boundary, ...boundary } };
}

describe('validateSettings', () => {
  it('accepts the settings a new user starts with', () => {
    expect(validateSettings(valid)).toEqual([]);
  });

  it.each([
    ['a day ending before it starts', '17:00', '09:00', false, 'errorEndBeforeStart'],
    ['a day ending when it starts', '09:00', '09:00', false, 'errorSameStartEnd'],
    ['a night shift of exactly 24 hours', '22:00', '22:00', true, 'errorSameStartEnd'],
    ['a night shift longer than 24 hours', '09:00', '10:00', true, 'errorDayTooLong'],
  ] as const)('refuses %s', (_, start, end, endsNextDay, message) => {
    expect(validateSettings(withMonday({ start, end, endsNextDay }))).toEqual([
      { day: 1, field: 'end', message },
    ]);
  });

  it.each([
    ['office hours', '09:00', '17:00', false],
    ['a night shift', '22:00', '06:00', true],
    ['the whole day but a minute', '00:00', '23:59', false],
    ['a shift ending at midnight', '16:00', '00:00', true],
  ])('accepts %s', (_, start, end, endsNextDay) => {
    expect(validateSettings(withMonday({ start, end, endsNextDay }))).toEqual([]);
  });

  it.each(['', '9:00', '24:00', '12:60', ' 09:00', '09:00:00', '09h00'])(
    'refuses the time %j',
    (time) => {
      expect(
        validateSettings(withMonday({ start: time, end: '17:00', endsNextDay: false })),
      ).toEqual([{ day: 1, field: 'start', message: 'errorTimeFormat' }]);
    },
  );

  it('points at every field of an empty form', () => {
    const blank = { start: '', end: '', endsNextDay: false };
    const empty: Settings = {
      ...withHours(valid, blank, [1, 2]),
      schedule: { ...withHours(valid, blank, [1, 2]).schedule, timeZone: '' },
      boundary: {
        wrapUpEnabled: true,
        wrapUpMinutesBefore: Number(''),
        boundaryEnabled: true,
        boundaryRepeatMinutes: Number.NaN,
        boundaryMaxPerDay: Number.NaN,
      },
    };
    expect(validateSettings(empty)).toEqual([
      { day: 1, field: 'start', message: 'errorTimeFormat' },
      { day: 1, field: 'end', message: 'errorTimeFormat' },
      { day: 2, field: 'start', message: 'errorTimeFormat' },
      { day: 2, field: 'end', message: 'errorTimeFormat' },
      { day: null, field: 'timeZone', message: 'errorTimeZone' },
      { day: null, field: 'wrapUpMinutesBefore', message: 'errorWrapUpRange' },
      { day: null, field: 'boundaryRepeatMinutes', message: 'errorRepeatRange' },
      { day: null, field: 'boundaryMaxPerDay', message: 'errorCountRange' },
    ]);
  });

  it('lists problems Monday first, Sunday last', () => {
    const bad = { start: '17:00', end: '09:00', endsNextDay: false };
    const days = validateSettings(withHours(valid, bad, [0, 1, 6])).map((error) => error.day);
    expect(days).toEqual([1, 6, 0]);
  });

  it('asks for at least one working day', () => {
    const none = withHours(valid, { start: '09:00', end: '17:00', endsNextDay: false }, []);
    expect(validateSettings(none)).toEqual([
      { day: null, field: 'schedule', message: 'errorNoWorkdays' },
    ]);
  });

  it.each(['Mars/Olympus', 'Europe/Londres', ''])('refuses the time zone %j', (timeZone) => {
    const settings = { ...valid, schedule: { ...valid.schedule, timeZone } };
    expect(validateSettings(settings)).toEqual([
      { day: null, field: 'timeZone', message: 'errorTimeZone' },
    ]);
  });

  it.each(['America/New_York', 'Australia/Sydney', 'UTC'])(
    'accepts the time zone %s',
    (timeZone) => {
      expect(validateSettings({ ...valid, schedule: { ...valid.schedule, timeZone } })).toEqual([]);
    },
  );

  it.each([
    [{ wrapUpMinutesBefore: 0 }, 'errorWrapUpRange'],
    [{ wrapUpMinutesBefore: 241 }, 'errorWrapUpRange'],
    [{ wrapUpMinutesBefore: 7.5 }, 'errorWrapUpRange'],
    [{ boundaryRepeatMinutes: 4 }, 'errorRepeatRange'],
    [{ boundaryRepeatMinutes: 241 }, 'errorRepeatRange'],
    [{ boundaryMaxPerDay: 0 }, 'errorCountRange'],
    [{ boundaryMaxPerDay: 21 }, 'errorCountRange'],
    [{ boundaryMaxPerDay: 2.5 }, 'errorCountRange'],
  ] as const)('refuses the boundary rule %j, naming that field', (boundary, message) => {
    const field = Object.keys(boundary)[0];
    expect(validateSettings(withBoundary(boundary))).toEqual([{ day: null, field, message }]);
  });

  it.each([
    { wrapUpMinutesBefore: 1 },
    { wrapUpMinutesBefore: 240 },
    { boundaryRepeatMinutes: 5 },
    { boundaryRepeatMinutes: 240 },
    { boundaryMaxPerDay: 1 },
    { boundaryMaxPerDay: 20 },
  ])('accepts the boundary rule %j', (boundary) => {
    expect(validateSettings(withBoundary(boundary))).toEqual([]);
  });
});
