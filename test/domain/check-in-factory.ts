import type { CheckIn, Interaction } from '../../src/domain/types';

/**
 * A weekly supervision on Mondays, 10:00–11:00 in London from 2 November 2026, with a
 * reminder 15 minutes before; its id is 'sup' unless given.
 */
export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'sup',
    title: 'Supervision',
    kind: 'supervision',
    contactIds: ['sam'],
    mode: 'in-person',
    place: 'Room 2',
    link: '',
    startDate: '2026-11-02',
    startTime: '10:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    recurrence: { kind: 'weekly', everyWeeks: 1, weekdays: [1], until: null },
    skipped: [],
    moved: {},
    reminderMinutesBefore: 15,
    paused: false,
    ...overrides,
  };
}

/** A check-in that happens once, at a local date and time in a zone. */
export function onceAt(
  startDate: string,
  startTime: string,
  timeZone: string,
  overrides: Partial<CheckIn> = {},
): CheckIn {
  return checkIn({ startDate, startTime, timeZone, recurrence: { kind: 'none' }, ...overrides });
}

let meetingCount = 0;

/** A logged connection in a mode, at an ISO instant with an explicit offset. */
export function meeting(iso: string, mode: Interaction['mode']): Interaction {
  meetingCount += 1;
  return {
    id: `meeting-${meetingCount}`,
    at: Date.parse(iso),
    contactIds: ['sam'],
    kind: 'peer-check-in',
    mode,
    direction: 'both',
    feltBefore: null,
    feltAfter: null,
    note: '',
  };
}
