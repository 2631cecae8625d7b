import type { CheckIn } from '../../../src/domain/types';

/** A weekly check-in. */
export function aCheckIn(id: string, fields: Partial<CheckIn> = {}): CheckIn {
  return {
    id,
    title: 'Supervision',
    kind: 'supervision',
    contactIds: [],
    mode: 'in-person',
    place: '',
    link: '',
    startDate: '2026-03-02',
    startTime: '10:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    recurrence: { kind: 'weekly', everyWeeks: 1, weekdays: [1], until: null },
    skipped: [],
    moved: {},
    reminderMinutesBefore: 15,
    paused: false,
    ...fields,
  };
}
