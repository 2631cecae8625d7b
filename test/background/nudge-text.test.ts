import { describe, expect, it } from 'vitest';
import { nudgeText } from '../../src/background/nudge-text';
import { checkInNudges } from '../../src/domain/rules/check-ins';
import type { CheckIn } from '../../src/domain/types';
import { checkIn } from '../domain/check-in-factory';
import { at, settingsIn, stateOf } from '../domain/planner-fixtures';

// The supervision's reminder, as the planner makes it: Monday 23 November, 15 minutes before.
function reminderFor(held: CheckIn): string {
  const state = { ...stateOf(settingsIn('Europe/London')), checkIns: [held] };
  const { due } = checkInNudges(state, new Date(at('2026-11-23T09:50:00Z')));
  const reminder = due.find((nudge) => nudge.kind === 'check-in-reminder');
  if (!reminder) throw new Error('no reminder planned');
  return nudgeText(reminder, state).message;
}

describe('a check-in reminder', () => {
  it('says where the check-in is: online when it has a link to open, else its place', () => {
    const online = 'https://meet.example.org/sup';
    expect(reminderFor(checkIn({ mode: 'virtual', link: online }))).toMatch(/online/);
    expect(reminderFor(checkIn({ mode: 'either', link: online }))).toMatch(/online/);
    expect(reminderFor(checkIn({ mode: 'in-person', place: 'Room 2' }))).toMatch(/\(Room 2\)/);
    // A link left over from when it met online: the form keeps it, and ignores it in person.
    expect(reminderFor(checkIn({ mode: 'in-person', place: 'Room 2', link: online }))).toMatch(
      /\(Room 2\)/,
    );
    // Virtual whatever its link: it is never "in person".
    expect(reminderFor(checkIn({ mode: 'virtual', link: '' }))).toMatch(/online/);
  });
});
