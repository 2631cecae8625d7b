import { describe, expect, it } from 'vitest';
import { today } from '../../src/domain/today';
import type { ActivityTransition, Settings } from '../../src/domain/types';
import { activity, settingsIn, stateOf, when } from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time), office hours 09:00–17:00.
const T = (time: string) => `2026-11-16T${time}:00Z`;
const byItself = settingsIn('Europe/London');
const byClockIn: Settings = { ...byItself, work: { ...byItself.work, autoStart: false } };
const fromNine = activity([T('08:55'), 'active']);

function popupAt(iso: string, settings: Settings, transitions: ActivityTransition[]) {
  const { status, onClock } = today(stateOf(settings, transitions), when(iso));
  return { status, onClock };
}

describe('the popup’s day', () => {
  it('is on the clock inside a workday that started by itself', () => {
    expect(popupAt(T('10:00'), byItself, fromNine)).toEqual({ status: 'working', onClock: true });
    const away = [...fromNine, ...activity([T('11:00'), 'idle'])];
    expect(popupAt(T('11:30'), byItself, away)).toEqual({ status: 'away', onClock: true });
  });

  it('is after hours past the workday’s end, yet on the clock (offering to end the day) while the user stays on', () => {
    expect(popupAt(T('18:00'), byItself, fromNine)).toEqual({
      status: 'after-hours',
      onClock: true,
    });
  });

  it('is off the clock (offering a clock-in) 12 hours after the day began, or once the user left after its end', () => {
    expect(popupAt(T('21:00'), byItself, fromNine)).toMatchObject({ onClock: false });
    expect(popupAt('2026-11-17T01:00:00Z', byItself, fromNine)).toMatchObject({
      status: 'before-work',
      onClock: false,
    });
    const left = [...fromNine, ...activity([T('17:20'), 'locked'], [T('18:00'), 'active'])];
    expect(popupAt(T('18:30'), byItself, left)).toEqual({ status: 'after-hours', onClock: false });
  });

  it('is after hours and on the clock past the end while a clock-in of the day holds', () => {
    const clockedIn = [...fromNine, ...activity([T('09:30'), 'clock-in'])];
    expect(popupAt(T('18:00'), byClockIn, clockedIn)).toEqual({
      status: 'after-hours',
      onClock: true,
    });
  });

  it('is clocked out, off the clock, after the user ends the day', () => {
    const out = [...fromNine, ...activity([T('17:10'), 'clock-out'])];
    expect(popupAt(T('18:00'), byItself, out)).toEqual({ status: 'clocked-out', onClock: false });
  });

  it('waits for the clock-in, off the clock, when the day does not start by itself', () => {
    expect(popupAt(T('10:00'), byClockIn, fromNine)).toEqual({
      status: 'before-work',
      onClock: false,
    });
  });

  it('is working and on the clock after a clock-in of its own on a day off', () => {
    const saturday = activity(
      ['2026-11-21T10:00:00Z', 'active'],
      ['2026-11-21T10:05:00Z', 'clock-in'],
    );
    expect(popupAt('2026-11-21T11:00:00Z', byClockIn, saturday)).toEqual({
      status: 'working',
      onClock: true,
    });
  });
});
