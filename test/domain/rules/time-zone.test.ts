import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/domain/plan';
import { nudgeKey } from '../../../src/domain/nudge-key';
import { timeZoneNudges } from '../../../src/domain/rules/time-zone';
import type { PlannerState } from '../../../src/domain/planner-state';
import { activity, settingsIn, stateOf, when } from '../planner-fixtures';

// Hours set in Berlin; the user's computer on New York time since they flew there.
const berlin = settingsIn('Europe/Berlin');
const atDesk = activity(['2026-11-23T12:00:00Z', 'active']);
const inNewYork = (extra: Partial<PlannerState> = {}): PlannerState => ({
  ...stateOf(berlin, atDesk),
  userTimeZone: 'America/New_York',
  ...extra,
});
const MONDAY_8AM_NY = when('2026-11-23T13:00:00Z');
const question = nudgeKey({
  kind: 'time-zone',
  user: 'America/New_York',
  schedule: 'Europe/Berlin',
});

describe('the time-zone question', () => {
  it('comes when the computer’s zone reads another time than the hours’ zone', () => {
    expect(timeZoneNudges(inNewYork(), MONDAY_8AM_NY).due).toEqual([
      {
        key: question,
        kind: 'time-zone',
        dueAt: MONDAY_8AM_NY.getTime(),
        zones: { schedule: 'Europe/Berlin', user: 'America/New_York' },
      },
    ]);
  });

  it('is asked once: not again once shown, whatever was answered', () => {
    const asked = inNewYork({ nudgeLog: [{ key: question, kind: 'time-zone', shownAt: 0 }] });
    expect(timeZoneNudges(asked, MONDAY_8AM_NY).due).toEqual([]);
  });

  it('asks again after the next move: another zone is another question', () => {
    const asked = inNewYork({
      nudgeLog: [{ key: question, kind: 'time-zone', shownAt: 0 }],
      userTimeZone: 'Asia/Tokyo',
    });
    expect(timeZoneNudges(asked, MONDAY_8AM_NY).due.map((nudge) => nudge.key)).toEqual([
      nudgeKey({ kind: 'time-zone', user: 'Asia/Tokyo', schedule: 'Europe/Berlin' }),
    ]);
  });

  it('is not asked between zones that read the same time (Paris and Berlin)', () => {
    expect(timeZoneNudges(inNewYork({ userTimeZone: 'Europe/Paris' }), MONDAY_8AM_NY).due).toEqual(
      [],
    );
  });

  it('waits for the user to be at the computer', () => {
    const away = inNewYork({ activity: activity(['2026-11-23T12:00:00Z', 'locked']) });
    expect(timeZoneNudges(away, MONDAY_8AM_NY).due).toEqual([]);
  });

  it('leaves the hours where they are until answered: Berlin’s wrap-up still comes at 16:45 Berlin', () => {
    const result = plan(inNewYork(), MONDAY_8AM_NY);
    expect(result.due.map((nudge) => nudge.kind)).toContain('time-zone');
    expect(result.upcoming.find((nudge) => nudge.kind === 'wrap-up')?.dueAt).toBe(
      Date.parse('2026-11-23T15:45:00Z'),
    );
  });
});
