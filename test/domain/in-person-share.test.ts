import { describe, expect, it } from 'vitest';
import { inPersonShare } from '../../src/domain/in-person-share';
import type { Interaction } from '../../src/domain/types';
import { meeting } from './check-in-factory';
import { when } from './planner-fixtures';

const now = when('2026-11-23T12:00:00Z');
const london = 'Europe/London';

function times(count: number, mode: Interaction['mode']): Interaction[] {
  return Array.from({ length: count }, () => meeting('2026-11-20T10:00:00Z', mode));
}

describe('the in-person share against a target of half', () => {
  it.each([
    ['half in person meets it', 2, 1, 1, 0, 0.5, true],
    ['a third in person falls short', 1, 0, 2, 0, 1 / 3, false],
    ['all in person meets it', 3, 0, 0, 0, 1, true],
    ['messages are not meetings: neither help nor hurt', 1, 1, 0, 5, 0.5, true],
  ])('%s', (_, inPerson, video, phone, message, share, meets) => {
    const interactions = [
      ...times(inPerson, 'in-person'),
      ...times(video, 'video'),
      ...times(phone, 'phone'),
      ...times(message, 'message'),
    ];
    expect(inPersonShare(interactions, 0.5, now, 8, london)).toEqual({
      inPerson,
      virtual: video + phone,
      total: inPerson + video + phone,
      share,
      target: 0.5,
      meetsTarget: meets,
    });
  });

  it.each([
    ['nothing logged', []],
    ['only messages', times(3, 'message')],
  ])('has no share to judge with %s', (_, interactions) => {
    expect(inPersonShare(interactions, 0.5, now, 8, london)).toEqual({
      inPerson: 0,
      virtual: 0,
      total: 0,
      share: null,
      target: 0.5,
      meetsTarget: null,
    });
  });

  it.each([
    // Eight calendar weeks before 12:00 GMT is 12:00 on summer time (11:00 UTC).
    ['exactly eight weeks ago, across the clocks going back', '2026-09-28T11:00:00Z', 1],
    ['a minute before that', '2026-09-28T10:59:00Z', 0],
    ['later than now', '2026-11-23T12:01:00Z', 0],
  ])('counts the last eight weeks only: a meeting %s', (_, iso, counted) => {
    const result = inPersonShare([meeting(iso, 'in-person')], 0.5, now, 8, london);
    expect(result.inPerson).toBe(counted);
  });

  it('looks back as many weeks as asked', () => {
    const older = meeting('2026-10-20T12:00:00Z', 'video');
    expect(inPersonShare([older], 0.5, now, 4, london).total).toBe(0);
    expect(inPersonShare([older], 0.5, now, 8, london).total).toBe(1);
  });
});
