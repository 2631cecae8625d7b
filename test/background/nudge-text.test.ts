import { describe, expect, it } from 'vitest';
import { nudgeText } from '../../src/background/nudge-text';
import type { CheckInNudge } from '../../src/domain/nudge';
import type { CheckIn } from '../../src/domain/types';
import { checkIn } from '../domain/check-in-factory';
import { at, settingsIn, stateOf } from '../domain/planner-fixtures';

const reminder: CheckInNudge = {
  key: 'check-in-reminder:sup:2026-11-23',
  kind: 'check-in-reminder',
  dueAt: at('2026-11-23T09:45:00Z'),
  occurrence: {
    checkInId: 'sup',
    date: '2026-11-23',
    start: at('2026-11-23T10:00:00Z'),
    end: at('2026-11-23T11:00:00Z'),
    moved: false,
  },
};

const reminderFor = (held: CheckIn) =>
  nudgeText(reminder, { ...stateOf(settingsIn('Europe/London')), checkIns: [held] }).message;

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
