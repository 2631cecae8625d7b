import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Occurrence } from '../../../src/domain/checkins/occurrence';
import type { CheckIn, Recurrence, Weekday } from '../../../src/domain/types';

/** A check-in at 10:00 London time for an hour, once, unless told otherwise. */
export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'walk',
    title: 'Peer walk',
    kind: 'peer-check-in',
    contactIds: [],
    mode: 'in-person',
    place: '',
    link: '',
    startDate: '2026-01-05',
    startTime: '10:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    recurrence: { kind: 'none' },
    skipped: [],
    moved: {},
    reminderMinutesBefore: 15,
    paused: false,
    ...overrides,
  };
}

export function weekly(everyWeeks: number, weekdays: Weekday[], until: string | null = null) {
  return { kind: 'weekly', everyWeeks, weekdays, until } satisfies Recurrence;
}

export function monthlyOnDay(day: number, until: string | null = null) {
  return { kind: 'monthly-date', day, until } satisfies Recurrence;
}

export function monthlyOn(
  nth: 1 | 2 | 3 | 4 | 5 | -1,
  weekday: Weekday,
  until: string | null = null,
) {
  return { kind: 'monthly-weekday', nth, weekday, until } satisfies Recurrence;
}

/** An instant written with an explicit offset, so no test depends on the machine's zone. */
export function at(iso: string): number {
  const instant = Date.parse(iso);
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso) || Number.isNaN(instant)) throw new Error(`bad ${iso}`);
  return instant;
}

/** An instant as local 'yyyy-MM-dd HH:mm' in a zone, for readable expectations. */
export function wall(instant: number, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd HH:mm', { in: tz(timeZone) });
}

/** Occurrences' starts as local 'yyyy-MM-dd HH:mm' in a zone. */
export function starts(list: readonly Occurrence[], timeZone: string): string[] {
  return list.map((occurrence) => wall(occurrence.start, timeZone));
}

/** Occurrences' original local dates. */
export function dates(list: readonly Occurrence[]): string[] {
  return list.map((occurrence) => occurrence.date);
}
