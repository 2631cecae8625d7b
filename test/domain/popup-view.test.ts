import { describe, expect, it } from 'vitest';
import { buildPopupView } from '../../src/domain/build-popup-view';
import { plan } from '../../src/domain/plan';
import { quickLogPeople } from '../../src/domain/quick-log-people';
import { isCurrent, POPUP_VIEW_FORMAT, workedAt } from '../../src/domain/popup-view';
import { today } from '../../src/domain/today';
import type { PlannerState } from '../../src/domain/planner-state';
import type { ActivityTransition, Contact, Settings } from '../../src/domain/types';
import { aContact } from '../db/factories';
import { checkIn } from './check-in-factory';
import { activity, at, settingsIn, stateOf, when, withoutBreaks } from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time), office hours 09:00–17:00.
const T = (time: string, day = '16') => `2026-11-${day}T${time}:00Z`;
const settings = settingsIn('Europe/London');
const fromNine = activity([T('08:55'), 'active']);

function viewAt(iso: string, state: PlannerState) {
  const now = when(iso);
  return buildPopupView(state, now, plan(state, now));
}

function person(
  id: string,
  name: string,
  lastContactAt: number | null,
  fields: Partial<Contact> = {},
) {
  return aContact({ id, name, lastContactAt, createdAt: at('2026-01-01T09:00:00Z'), ...fields });
}

describe('the popup’s view', () => {
  it('says what today() says at the moment it was built', () => {
    const state = stateOf(settings, fromNine);
    const view = viewAt(T('11:00'), state);
    const summary = today(state, when(T('11:00')));
    expect(view).toMatchObject({
      format: POPUP_VIEW_FORMAT,
      computedAt: at(T('11:00')),
      status: 'working',
      workedMs: summary.workedMs,
      onClock: true,
      workday: { startsAt: at(T('09:00')), endsAt: at(T('17:00')) },
      scheduledMs: 8 * 3_600_000,
      date: '2026-11-16',
      timeZone: 'Europe/London',
    });
    expect(view.next?.dueAt).toBe(summary.next?.dueAt);
    expect(view.nextBreakAt).toBe(summary.nextBreak?.dueAt);
  });

  it('lets the popup count time worked on to what today() would say later, while it holds', () => {
    const state = stateOf(withoutBreaks(settings), fromNine);
    const view = viewAt(T('11:00'), state);
    for (const later of [T('11:00'), T('11:29'), T('14:45')]) {
      expect(isCurrent(view, at(later))).toBe(true);
      expect(workedAt(view, at(later))).toBe(today(state, when(later)).workedMs);
    }
  });

  it('does not count on while the user is away', () => {
    const away: ActivityTransition[] = [...fromNine, ...activity([T('10:30'), 'idle'])];
    const view = viewAt(T('11:00'), stateOf(withoutBreaks(settings), away));
    expect(view.status).toBe('away');
    expect(view.workAhead).toEqual([]);
    expect(workedAt(view, at(T('12:00')))).toBe(view.workedMs);
  });

  it('holds only until the next thing it shows can change: a nudge, the end of the day', () => {
    const view = viewAt(T('11:00'), stateOf(settings, fromNine));
    // The next nudge (a break, after a stretch at the computer) is the first change.
    expect(view.validUntil).toBe(view.next!.dueAt);
    const quiet = viewAt(T('11:00'), stateOf(withoutBreaks(settings), fromNine));
    // With no break to come, the wrap-up before 17:00 is next; never past the workday's end.
    expect(quiet.validUntil).toBeLessThanOrEqual(at(T('17:00')));
    expect(isCurrent(quiet, quiet.validUntil)).toBe(false);
    // A clock moved back is no reason to trust it either.
    expect(isCurrent(quiet, quiet.computedAt - 1)).toBe(false);
    expect(isCurrent({ ...quiet, format: 0 as typeof POPUP_VIEW_FORMAT }, quiet.computedAt)).toBe(
      false,
    );
  });

  it('never holds past midnight, when today becomes another day', () => {
    const view = viewAt(T('23:00', '21'), stateOf(settings, []));
    expect(view.status).toBe('day-off');
    expect(view.validUntil).toBeLessThanOrEqual(at('2026-11-22T00:00:00Z'));
  });

  it('lists the three most overdue, snoozed ones left out, and everyone by name for the log', () => {
    const DAY = 86_400_000;
    const contacts = [
      person('a', 'zoë', at(T('09:00')) - 60 * DAY),
      person('b', 'Ben', at(T('09:00')) - 50 * DAY),
      person('c', 'Amara', at(T('09:00')) - 40 * DAY, { snoozedUntil: at(T('09:00', '20')) }),
      person('d', 'Dev', at(T('09:00')) - 35 * DAY),
      person('e', 'Elif', at(T('09:00')) - 30 * DAY),
      person('f', 'Farah', at(T('09:00')) - 1 * DAY),
      person('g', 'Gone', null, { archived: true }),
    ];
    const view = viewAt(T('11:00'), stateOf(settings, fromNine, [], contacts));
    expect(view.overdue.map((p) => p.name)).toEqual(['zoë', 'Ben', 'Dev']);
    expect(view.overdue[0]).toEqual({
      id: 'a',
      name: 'zoë',
      isGroup: false,
      reach: [],
      daysSince: 60,
      snoozedUntil: null,
    });
    // The quick log, read when opened, offers everyone not archived, by name.
    expect(quickLogPeople(contacts).map((p) => p.name)).toEqual([
      'Amara',
      'Ben',
      'Dev',
      'Elif',
      'Farah',
      'zoë',
    ]);
    expect(view.firstRun).toBe(false);
    // The snooze ending brings Amara back: the view does not hold past it.
    expect(view.validUntil).toBeLessThanOrEqual(at(T('09:00', '20')));
  });

  it('is a first run with nobody in the network', () => {
    expect(viewAt(T('11:00'), stateOf(settings, fromNine)).firstRun).toBe(true);
  });

  it('names the check-in the next nudge is about, and gives the next check-in with its link', () => {
    const video = checkIn({ mode: 'virtual', link: 'https://meet.example.org/sup' });
    const state: PlannerState = {
      ...stateOf(withoutBreaks(settings), fromNine),
      checkIns: [video],
    };
    const view = viewAt(T('09:30'), state);
    expect(view.next).toMatchObject({ kind: 'check-in-reminder', dueAt: at(T('09:45')) });
    expect(view.nextAbout).toBe('Supervision');
    expect(view.nextCheckIn).toEqual({
      title: 'Supervision',
      start: at(T('10:00')),
      mode: 'virtual',
      link: 'https://meet.example.org/sup',
    });
    // A link that fails the form's check is not offered.
    const unsafe = viewAt(T('09:30'), { ...state, checkIns: [{ ...video, link: 'javascript:x' }] });
    expect(unsafe.nextCheckIn?.link).toBeNull();
    // Nor one left over from when it met online, for a check-in held in person now.
    const inPerson = viewAt(T('09:30'), { ...state, checkIns: [{ ...video, mode: 'in-person' }] });
    expect(inPerson.nextCheckIn).toMatchObject({ mode: 'in-person', link: null });
  });

  it('carries the pause, the day’s exception, the next workday and the user’s templates', () => {
    const templates = {
      'check-in': { subject: 'Hey', body: 'Hi {name}' },
    } as unknown as Settings['templates'];
    const state: PlannerState = {
      ...stateOf({ ...settings, templates }, fromNine),
      pausedUntil: at(T('12:00')),
      exceptions: [{ date: '2026-11-16', kind: 'late-shift', until: '20:00' }],
    };
    const view = viewAt(T('11:00'), state);
    expect(view.pausedUntil).toBe(at(T('12:00')));
    expect(view.exception).toEqual({ date: '2026-11-16', kind: 'late-shift', until: '20:00' });
    expect(view.nextWorkdayStart).toBe(at(T('09:00', '17')));
    expect(view.templates).toBe(templates);
    // A pause already over is not shown.
    expect(viewAt(T('13:00'), state).pausedUntil).toBeNull();
  });
});
