import { addCalendarDays, weekdayOf } from '../../src/domain/calendar-date';
import { defaultSettings } from '../../src/domain/settings';
import type {
  ActivityState,
  ActivityTransition,
  CheckIn,
  Contact,
  DayException,
  Settings,
  Weekday,
  WorkHours,
} from '../../src/domain/types';
import { zonedInstant } from '../../src/domain/wall-clock';
import { checkIn, weekly } from './checkins/check-in-factory';
import { person } from './network/contact-factory';
import type { Scenario } from './simulate';

// Four weeks from Monday 12 October 2026: London's clocks go back on 25 October, Berlin's
// the same night, New York's on 1 November.
export const FIRST = '2026-10-12';
export const DAYS = 28;
export const dates = Array.from({ length: DAYS }, (_, days) => addCalendarDays(FIRST, days));
const MINUTE = 60_000;

/** A named month of one working pattern. */
export interface Pattern extends Scenario {
  name: string;
}

/** A fixed sequence of "random" minutes, so every run plays the same month. */
export function randomMinutes(seed: number): (from: number, to: number) => number {
  let state = seed;
  return (from, to) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return from + Math.floor((state / 2 ** 31) * (to - from + 1));
  };
}

/** A day's transitions in a zone: [local 'HH:mm', minutes later, state]; '+' marks the next day. */
export function day(
  zone: string,
  date: string,
  entries: [string, number, ActivityState][],
): ActivityTransition[] {
  return entries.map(([time, minutes, state]) => {
    const next = time.endsWith('+');
    const on = next ? addCalendarDays(date, 1) : date;
    return { at: zonedInstant(zone, on, time.replace('+', '')) + minutes * MINUTE, state };
  });
}

function hours(start: string, end: string): WorkHours {
  return { start, end, endsNextDay: end <= start };
}

/** The same hours on each given weekday, every other day off. */
export function schedule(settings: Settings, shift: WorkHours, weekdays: Weekday[]): Settings {
  const days = Object.fromEntries(
    ([0, 1, 2, 3, 4, 5, 6] as const).map((one) => [one, weekdays.includes(one) ? shift : null]),
  ) as Settings['schedule']['days'];
  return { ...settings, schedule: { ...settings.schedule, days } };
}

function withLimits(settings: Settings): Settings {
  return {
    ...settings,
    work: { ...settings.work, dailyLimitMinutes: 8 * 60, weeklyLimitMinutes: 30 * 60 },
  };
}

const span = (zone: string) => ({
  from: zonedInstant(zone, FIRST, '00:00'),
  until: zonedInstant(zone, addCalendarDays(FIRST, DAYS), '00:00'),
});

// A working day at the computer from `start` to `end` (local 'HH:mm'), with a lunch away,
// short pauses and now and then a few minutes idle, jittered by `r`.
function workingDay(
  zone: string,
  date: string,
  start: string,
  end: string,
  r: (from: number, to: number) => number,
  lunch: string | null = '12:15',
): ActivityTransition[] {
  const entries: [string, number, ActivityState][] = [[start, r(-10, 5), 'active']];
  if (lunch) {
    const away = r(0, 30);
    entries.push([lunch, away, 'locked'], [lunch, away + r(30, 55), 'active']);
  }
  entries.push([end, r(-5, 20), 'locked']);
  return day(zone, date, entries).sort((a, b) => a.at - b.at);
}

// A weekly supervision (in `zone`, 10:00 for an hour) and a peer group on Thursdays at 14:00.
function usualCheckIns(zone: string): CheckIn[] {
  return [
    checkIn({
      id: 'supervision',
      title: 'Supervision',
      kind: 'supervision',
      mode: 'virtual',
      link: 'https://meet.example.org/sup',
      startDate: FIRST,
      startTime: '10:00',
      timeZone: zone,
      recurrence: weekly(1, [3]),
    }),
    checkIn({
      id: 'peers',
      title: 'Peer group',
      kind: 'peer-group',
      mode: 'in-person',
      startDate: FIRST,
      startTime: '14:00',
      durationMinutes: 45,
      timeZone: zone,
      recurrence: weekly(1, [4]),
    }),
  ];
}

function officeHours(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(7);
  const activity: ActivityTransition[] = [];
  dates.forEach((date, index) => {
    const weekday = weekdayOf(date);
    if (weekday === 6)
      activity.push(
        ...day(zone, date, [
          ['10:00', 0, 'active'],
          ['11:30', 0, 'locked'],
        ]),
      );
    if (weekday === 0 || weekday === 6) return;
    activity.push(...workingDay(zone, date, '08:50', '16:55', r));
    const blip = r(10, 60);
    activity.push(
      ...day(zone, date, [
        ['15:00', blip, 'idle'],
        ['15:00', blip + r(2, 12), 'active'],
      ]),
    );
    // Now and then an evening back at the computer.
    if (index % 3 === 0)
      activity.push(
        ...day(zone, date, [
          ['20:00', 0, 'active'],
          ['20:45', 0, 'locked'],
        ]),
      );
  });
  return {
    name: 'office hours 09–17, Monday to Friday',
    settings: withLimits(defaultSettings(zone)),
    activity: activity.sort((a, b) => a.at - b.at),
    checkIns: usualCheckIns(zone),
    ...span(zone),
  };
}

function splitShift(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(11);
  const activity: ActivityTransition[] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) continue;
    activity.push(
      ...day(zone, date, [
        ['07:00', r(0, 10), 'active'],
        ['11:00', 0, 'locked'],
        ['16:00', r(0, 5), 'active'],
        ['20:00', r(0, 20), 'locked'],
      ]),
    );
  }
  return {
    name: 'a split shift 07:00–20:00, at work 07–11 and 16–20',
    settings: withLimits(schedule(defaultSettings(zone), hours('07:00', '20:00'), [1, 2, 3, 4, 5])),
    activity,
    checkIns: usualCheckIns(zone),
    ...span(zone),
  };
}

function compressedWeek(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(13);
  const activity: ActivityTransition[] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    if (weekday >= 1 && weekday <= 4) activity.push(...workingDay(zone, date, '07:25', '17:55', r));
    // A Friday morning of life admin at the computer: not work.
    if (weekday === 5)
      activity.push(
        ...day(zone, date, [
          ['10:00', 0, 'active'],
          ['11:00', 0, 'locked'],
        ]),
      );
  }
  return {
    name: 'a compressed week: four days 07:30–18:00',
    settings: withLimits(schedule(defaultSettings(zone), hours('07:30', '18:00'), [1, 2, 3, 4])),
    activity: activity.sort((a, b) => a.at - b.at),
    checkIns: usualCheckIns(zone),
    ...span(zone),
  };
}

function partTime(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(17);
  const activity: ActivityTransition[] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    if (weekday === 1 || weekday === 2 || weekday === 4) {
      activity.push(...workingDay(zone, date, '08:55', '13:05', r, null));
      // The afternoon at the same computer is the user's own.
      activity.push(
        ...day(zone, date, [
          ['15:00', 0, 'active'],
          ['15:40', 0, 'locked'],
        ]),
      );
    }
  }
  return {
    name: 'part time: Monday, Tuesday and Thursday 09:00–13:00',
    settings: schedule(defaultSettings(zone), hours('09:00', '13:00'), [1, 2, 4]),
    activity: activity.sort((a, b) => a.at - b.at),
    ...span(zone),
  };
}

// Days, then evenings, then nights past midnight, the rota switched on Sundays; the nights
// run across New York's change back to standard time (1 November, 02:00). The switch to
// nights is saved on Sunday morning and takes in Saturday night, which nobody worked.
function rota(): Pattern {
  const zone = 'America/New_York';
  const r = randomMinutes(19);
  const base = withLimits(defaultSettings(zone));
  const days = schedule(base, hours('07:00', '15:00'), [1, 2, 3, 4, 5]);
  const evenings = schedule(base, hours('15:00', '23:00'), [1, 2, 3, 4, 5]);
  const nights = schedule(base, hours('23:00', '07:00'), [6, 0, 1, 2, 3]);
  const activity: ActivityTransition[] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    if (date < '2026-10-19' && weekday >= 1 && weekday <= 5) {
      activity.push(...workingDay(zone, date, '06:55', '15:05', r, '11:30'));
    } else if (date >= '2026-10-19' && date < '2026-10-25' && weekday >= 1 && weekday <= 5) {
      activity.push(...workingDay(zone, date, '14:55', '23:05', r, '19:00'));
    } else if (date >= '2026-10-25' && date < '2026-11-01' && [6, 0, 1, 2, 3].includes(weekday)) {
      activity.push(
        ...day(zone, date, [
          ['22:55', r(0, 5), 'active'],
          ['03:00+', 0, 'idle'],
          ['03:00+', 30, 'active'],
          ['07:05+', r(0, 10), 'locked'],
        ]),
      );
    } else if (date >= '2026-11-02' && weekday >= 1 && weekday <= 5) {
      activity.push(...workingDay(zone, date, '06:55', '15:05', r, '11:30'));
    }
  }
  return {
    name: 'a rota: days, evenings, then nights across a daylight-saving change',
    settings: days,
    settingsChanges: [
      { at: zonedInstant(zone, '2026-10-18', '20:00'), settings: evenings },
      { at: zonedInstant(zone, '2026-10-25', '10:00'), settings: nights },
      { at: zonedInstant(zone, '2026-11-01', '12:00'), settings: days },
    ],
    // Sunday 25 October at 10:00, saving the rota, the user is at the computer.
    activity: [
      ...activity,
      ...day(zone, '2026-10-25', [
        ['09:50', 0, 'active'],
        ['10:20', 0, 'locked'],
      ]),
    ].sort((a, b) => a.at - b.at),
    ...span(zone),
  };
}

// Clocks in every morning, never clocks out, and the computer never reports them idle (a
// video left playing, an idle API that never fires).
function neverOff(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(23);
  const settings = withLimits(defaultSettings(zone));
  const activity: ActivityTransition[] = [
    { at: zonedInstant(zone, FIRST, '07:00'), state: 'active' },
  ];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    if (weekday >= 1 && weekday <= 5)
      activity.push(...day(zone, date, [['08:55', r(0, 10), 'clock-in']]));
  }
  return {
    name: 'never clocks out, and the computer never idles',
    settings: { ...settings, work: { ...settings.work, autoStart: false } },
    activity,
    ...span(zone),
  };
}

function onCallWeekends(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(29);
  const activity: ActivityTransition[] = [];
  const exceptions: DayException[] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    if (weekday >= 1 && weekday <= 5) activity.push(...workingDay(zone, date, '08:50', '17:05', r));
    // Fridays run late; the on-call weekend has a call in the night and a morning of it.
    if (weekday === 5)
      activity.push(
        ...day(zone, date, [
          ['17:30', 0, 'active'],
          ['19:30', 0, 'locked'],
        ]),
      );
    if (weekday === 6) {
      exceptions.push({ date, kind: 'on-call', until: null });
      activity.push(
        ...day(zone, date, [
          ['02:05', 0, 'active'],
          ['02:40', 0, 'locked'],
          ['10:00', 0, 'active'],
          ['12:00', 0, 'locked'],
        ]),
      );
    }
    if (weekday === 0) {
      exceptions.push({ date, kind: 'on-call', until: null });
      activity.push(
        ...day(zone, date, [
          ['15:00', 0, 'active'],
          ['15:30', 0, 'locked'],
        ]),
      );
    }
  }
  return {
    name: 'on-call weekends',
    settings: withLimits(defaultSettings(zone)),
    activity: activity.sort((a, b) => a.at - b.at),
    exceptions,
    ...span(zone),
  };
}

// Two weeks in Berlin, then New York (arriving on Sunday 25 October): the user moves the
// hours when Tend asks. The supervision stays on Berlin time.
function timeZoneChange(): Pattern {
  const berlin = 'Europe/Berlin';
  const newYork = 'America/New_York';
  const arrival = zonedInstant(newYork, '2026-10-25', '15:00');
  const r = randomMinutes(31);
  const activity: ActivityTransition[] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    const zone = date < '2026-10-25' ? berlin : newYork;
    if (weekday >= 1 && weekday <= 5) activity.push(...workingDay(zone, date, '08:50', '17:00', r));
  }
  activity.push(
    ...day(newYork, '2026-10-25', [
      ['17:00', 0, 'active'],
      ['17:40', 0, 'locked'],
    ]),
  );
  return {
    name: 'a time-zone change mid-month (Berlin to New York)',
    settings: defaultSettings(berlin),
    activity: activity.sort((a, b) => a.at - b.at),
    userZones: [{ at: arrival, zone: newYork }],
    zoneAnswer: 'move',
    // Offline in the flight.
    offline: [{ start: zonedInstant(berlin, '2026-10-25', '09:00'), end: arrival, quit: true }],
    checkIns: [
      checkIn({
        id: 'supervision',
        title: 'Supervision',
        kind: 'supervision',
        mode: 'virtual',
        link: 'https://meet.example.org/sup',
        startDate: FIRST,
        startTime: '10:00',
        timeZone: berlin,
        recurrence: weekly(1, [3]),
      }),
    ],
    ...span(berlin),
  };
}

// The lid closed without locking at lunch and every evening; now and then the browser quit
// mid-morning and opened again after lunch.
function sleepingLaptop(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(37);
  const activity: ActivityTransition[] = [];
  const offline: Pattern['offline'] = [];
  dates.forEach((date, index) => {
    const weekday = weekdayOf(date);
    if (weekday < 1 || weekday > 5) return;
    const start = zonedInstant(zone, date, '08:45') + r(0, 15) * MINUTE;
    activity.push({ at: start, state: 'active' });
    const lunch = zonedInstant(zone, date, '12:20') + r(0, 20) * MINUTE;
    offline.push({ start: lunch, end: lunch + r(20, 70) * MINUTE });
    if (index % 4 === 1) {
      const quit = zonedInstant(zone, date, '10:30') + r(0, 30) * MINUTE;
      offline.push({ start: quit, end: quit + r(20, 120) * MINUTE, quit: true });
    }
    // Closed for the night at the end of the day, still "active": it never locked.
    const evening = zonedInstant(zone, date, '17:05') + r(0, 25) * MINUTE;
    const next = addCalendarDays(date, weekday === 5 ? 3 : 1);
    offline.push({ start: evening, end: zonedInstant(zone, next, '08:40') });
  });
  offline.sort((a, b) => a.start - b.start);
  return {
    name: 'a laptop that sleeps without locking',
    settings: defaultSettings(zone),
    activity,
    offline: mergeOverlaps(offline),
    ...span(zone),
  };
}

// Evenings at the computer off the clock, the laptop closed without locking at night; some
// mornings it opens only after the shift has started, and one day (a sick day) at 18:00.
function closedOffTheClock(): Pattern {
  const zone = 'Europe/London';
  const r = randomMinutes(41);
  const activity: ActivityTransition[] = [];
  const offline: Pattern['offline'] = [];
  dates.forEach((date, index) => {
    const weekday = weekdayOf(date);
    if (weekday < 1 || weekday > 5) return;
    const sick = index === 9;
    const opens = sick ? '18:00' : index % 3 === 0 ? '11:00' : '08:45';
    activity.push(...day(zone, date, [[opens, r(0, 10), 'active']]));
    if (!sick) activity.push(...day(zone, date, [['17:10', r(0, 20), 'locked']]));
    // Back for their own things in the evening, then the lid closes, still "active".
    activity.push(...day(zone, date, [['20:00', 0, 'active']]));
    const next = addCalendarDays(date, weekday === 5 ? 3 : 1);
    const nextIndex = dates.indexOf(next);
    const nextOpens = nextIndex === 9 ? '18:00' : nextIndex % 3 === 0 ? '11:00' : '08:45';
    offline.push({
      start: zonedInstant(zone, date, '21:00') + r(0, 30) * MINUTE,
      end: zonedInstant(zone, next, nextOpens),
    });
  });
  return {
    name: 'a laptop closed off the clock, opened after the shift began (a sick day too)',
    settings: defaultSettings(zone),
    activity: activity.sort((a, b) => a.at - b.at),
    offline,
    ...span(zone),
  };
}

function mergeOverlaps(offline: NonNullable<Pattern['offline']>): NonNullable<Pattern['offline']> {
  const merged: NonNullable<Pattern['offline']> = [];
  for (const one of offline) {
    const last = merged[merged.length - 1];
    if (last && one.start <= last.end) last.end = Math.max(last.end, one.end);
    else merged.push({ ...one });
  }
  return merged;
}

function everyoneOverdue(): Pattern {
  const base = officeHours();
  const zone = 'Europe/London';
  const longAgo = zonedInstant(zone, '2026-06-01', '12:00');
  const contacts: Contact[] = Array.from({ length: 300 }, (_, index) =>
    person(`Person ${index}`, {
      id: `p${index}`,
      roles: index % 3 === 0 ? ['colleague'] : index % 3 === 1 ? ['friend'] : ['peer-group'],
      lastContactAt: longAgo + index * 60_000,
      createdAt: longAgo,
    }),
  );
  return { ...base, name: 'a network of 300 people, all overdue', contacts };
}

/** Every pattern the month simulation plays. */
export function patterns(): Pattern[] {
  return [
    officeHours(),
    splitShift(),
    compressedWeek(),
    rota(),
    partTime(),
    neverOff(),
    onCallWeekends(),
    timeZoneChange(),
    sleepingLaptop(),
    closedOffTheClock(),
    everyoneOverdue(),
  ];
}
