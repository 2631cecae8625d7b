import { describe, expect, it } from 'vitest';
import { plan } from '../../src/domain/plan';
import { gatheringNudges } from '../../src/domain/rules/gathering';
import type {
  ActivityTransition,
  Contact,
  DayException,
  NudgeLogEntry,
  Settings,
} from '../../src/domain/types';
import { person } from './network/contact-factory';
import { activity, at, ofKind, settingsIn, stateOf, when, withoutBreaks } from './planner-fixtures';

// London in November is on GMT, so 'Z' times below are local times there: office hours
// Monday to Friday 09:00–17:00, and an idea after 4 calendar weeks without a gathering.
// Tuesday 24 November 2026 is in ISO week 48. The network began in January with Sam.
const london = withoutBreaks(settingsIn('Europe/London'));
const allWeek = activity(['2026-01-01T00:00:00Z', 'active']);
const network = [person('Sam', { createdAt: at('2026-01-05T09:00:00Z') })];

interface Situation {
  last?: string | null;
  log?: NudgeLogEntry[];
  settings?: Settings;
  transitions?: ActivityTransition[];
  exceptions?: DayException[];
  contacts?: Contact[];
}

function stateAt({
  last = null,
  log = [],
  settings = london,
  transitions = allWeek,
  exceptions = [],
  contacts = network,
}: Situation) {
  return {
    ...stateOf(settings, transitions, log, contacts),
    exceptions,
    lastGatheringAt: last === null ? null : at(last),
  };
}

function ideasAt(now: string, situation: Situation = {}) {
  return gatheringNudges(stateAt(situation), when(now));
}

function dueKeys(now: string, situation: Situation = {}): string[] {
  return ideasAt(now, situation).due.map((nudge) => nudge.key);
}

function shownAt(iso: string, key: string): NudgeLogEntry[] {
  return [{ key, kind: 'gathering-idea', shownAt: at(iso) }];
}

describe('a gathering idea', () => {
  it('comes in the last two hours of a Tuesday workday, naming its week and an idea', () => {
    expect(ideasAt('2026-11-24T15:30:00Z')).toEqual({
      due: [
        {
          key: 'gathering-idea:2026-W48',
          kind: 'gathering-idea',
          // Weeks since Monday 5 January 1970: the next week names the next idea.
          ideaIndex: 2968,
          dueAt: at('2026-11-24T15:00:00Z'),
        },
      ],
      upcoming: [],
    });
  });

  it.each([
    ['Monday 16:00', '2026-11-23T16:00:00Z', false],
    ['Tuesday 14:59', '2026-11-24T14:59:00Z', false],
    ['Tuesday 15:00', '2026-11-24T15:00:00Z', true],
    ['Wednesday 16:59', '2026-11-25T16:59:00Z', true],
    ['Thursday 15:30', '2026-11-26T15:30:00Z', true],
    ['Thursday 17:00, after the workday', '2026-11-26T17:00:00Z', false],
    ['Friday 16:00', '2026-11-27T16:00:00Z', false],
    ['Saturday 16:00', '2026-11-28T16:00:00Z', false],
  ])('comes mid-week at the end of the workday only: %s', (_, now, due) => {
    expect(dueKeys(now)).toEqual(due ? ['gathering-idea:2026-W48'] : []);
  });

  it('comes in the last two hours of a late shift', () => {
    const exceptions: DayException[] = [{ date: '2026-11-24', kind: 'late-shift', until: '20:00' }];
    expect(dueKeys('2026-11-24T16:00:00Z', { exceptions })).toEqual([]);
    expect(dueKeys('2026-11-24T18:00:00Z', { exceptions })).toEqual(['gathering-idea:2026-W48']);
  });

  it('waits while the user is away, and comes when they are back', () => {
    const away = activity(['2026-11-24T08:00:00Z', 'active'], ['2026-11-24T15:10:00Z', 'idle']);
    // Should they stay away, the week's next chance is Wednesday's.
    expect(ideasAt('2026-11-24T15:30:00Z', { transitions: away })).toMatchObject({
      due: [],
      upcoming: [{ key: 'gathering-idea:2026-W48', dueAt: at('2026-11-25T15:00:00Z') }],
    });
    const back = [...away, ...activity(['2026-11-24T15:40:00Z', 'active'])];
    expect(dueKeys('2026-11-24T15:40:00Z', { transitions: back })).toEqual([
      'gathering-idea:2026-W48',
    ]);
  });

  it('comes at most once a week', () => {
    const log = shownAt('2026-11-24T15:00:00Z', 'gathering-idea:2026-W48');
    expect(ideasAt('2026-11-25T16:00:00Z', { log })).toEqual({ due: [], upcoming: [] });
    expect(dueKeys('2026-12-01T16:00:00Z', { log })).toEqual(['gathering-idea:2026-W49']);
  });

  it.each([
    ['yesterday', '2026-11-23T12:00:00Z', false],
    ['three weeks ago on Tuesday', '2026-11-03T12:00:00Z', false],
    ['on the Monday of the week three weeks back', '2026-11-02T00:30:00Z', false],
    ['on the Sunday of the week four weeks back', '2026-11-01T23:30:00Z', true],
    ['on a Friday 25 days ago: four calendar weeks', '2026-10-30T12:00:00Z', true],
    ['never, in a network begun in January', null, true],
  ])('comes after 4 weeks without a gathering, the last one %s: %s', (_, last, due) => {
    expect(dueKeys('2026-11-24T16:00:00Z', { last })).toEqual(
      due ? ['gathering-idea:2026-W48'] : [],
    );
  });

  it.each([
    ['in a network begun in January', '2026-01-05T09:00:00Z', true],
    ['in a network begun three weeks ago', '2026-11-03T09:00:00Z', false],
  ])('before any gathering is logged, counts from when the network began: %s', (_, added, due) => {
    const contacts = [person('Sam', { createdAt: at(added) })];
    expect(dueKeys('2026-11-24T16:00:00Z', { contacts })).toEqual(
      due ? ['gathering-idea:2026-W48'] : [],
    );
  });

  it('never comes with nobody in the network to gather with', () => {
    expect(ideasAt('2026-11-24T16:00:00Z', { contacts: [] })).toEqual({ due: [], upcoming: [] });
  });

  it.each([
    ['late on Sunday in New York, Monday in UTC', '2026-11-02T04:30:00Z', true],
    ['just after midnight on Monday in New York', '2026-11-02T05:30:00Z', false],
  ])('counts weeks in the schedule’s zone: a gathering %s', (_, last, due) => {
    const newYork = withoutBreaks(settingsIn('America/New_York'));
    expect(dueKeys('2026-11-24T20:30:00Z', { last, settings: newYork })).toEqual(
      due ? ['gathering-idea:2026-W48'] : [],
    );
  });

  it('never comes when turned off', () => {
    const off = { ...london, checkIns: { ...london.checkIns, gatheringAfterWeeks: null } };
    expect(ideasAt('2026-11-24T16:00:00Z', { settings: off })).toEqual({ due: [], upcoming: [] });
  });

  it.each([
    ['Tuesday', '2026-12-29T16:00:00Z', 'gathering-idea:2026-W53', 0],
    ['Thursday of the same week', '2026-12-31T16:00:00Z', 'gathering-idea:2026-W53', 0],
    ['Tuesday of the next year’s first week', '2027-01-05T16:00:00Z', 'gathering-idea:2027-W01', 1],
  ])('names the ISO week and a week’s idea across the year’s end: %s', (_, now, key, step) => {
    const [nudge] = ofKind(ideasAt(now).due, 'gathering-idea');
    const [first] = ofKind(ideasAt('2026-12-29T16:00:00Z').due, 'gathering-idea');
    expect(nudge?.key).toBe(key);
    expect((nudge?.ideaIndex ?? NaN) - (first?.ideaIndex ?? NaN)).toBe(step);
  });

  it('is expected from the start of Tuesday’s window, and wakes the background for it', () => {
    expect(ideasAt('2026-11-23T10:00:00Z').upcoming).toMatchObject([
      { key: 'gathering-idea:2026-W48', dueAt: at('2026-11-24T15:00:00Z') },
    ]);
    const result = plan(stateAt({}), when('2026-11-24T10:00:00Z'));
    expect(result.next?.key).toBe('gathering-idea:2026-W48');
    expect(result.nextAt).toEqual(when('2026-11-24T15:00:00Z'));
  });
});
