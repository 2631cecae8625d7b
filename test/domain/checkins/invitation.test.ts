import { describe, expect, it } from 'vitest';
import { invitation } from '../../../src/domain/checkins/invitation';
import { group, person } from '../network/contact-factory';
import { at, checkIn, monthlyOn, weekly } from './check-in-factory';

const NOW = at('2026-03-01T12:00:00Z');
const people = [
  person('Ann Marie Lee'),
  person('  Bo  ', { id: 'bo' }),
  group('Leeds Peer Group', { id: 'leeds' }),
];
const mondays = checkIn({
  title: '  Supervision  ',
  kind: 'supervision',
  startDate: '2026-01-05',
  startTime: '09:00',
  recurrence: weekly(1, [1]),
  contactIds: ['bo', 'ann marie lee', 'gone', 'leeds', 'bo'],
  mode: 'either',
  place: 'Room 4',
  link: 'https://meet.example.org/sup',
});

describe('an invitation', () => {
  it('says what, how, where and who, as data', () => {
    expect(invitation(mondays, people, 'Europe/London', 'en-GB', NOW)).toMatchObject({
      title: 'Supervision',
      kind: 'supervision',
      mode: 'either',
      place: 'Room 4',
      link: 'https://meet.example.org/sup',
      durationMinutes: 60,
      participants: ['Bo', 'Ann', 'Leeds Peer Group'],
    });
  });

  it('leaves out a link that is not safe to open', () => {
    const unsafe = { ...mondays, mode: 'virtual' as const, link: 'javascript:alert(1)' };
    expect(invitation(unsafe, people, 'Europe/London', 'en-GB', NOW)).toMatchObject({
      place: null,
      link: null,
    });
  });

  it('lists the next three occurrences in the reader’s zone and language', () => {
    const parts = invitation(mondays, people, 'Europe/London', 'en-GB', NOW);
    expect(parts.next.map((o) => [o.date, o.startTime, o.endTime])).toEqual([
      ['2026-03-02', '09:00', '10:00'],
      ['2026-03-09', '09:00', '10:00'],
      ['2026-03-16', '09:00', '10:00'],
    ]);
    expect(parts.next[0]?.day).toMatch(/Monday.*2 March 2026/);
    expect(parts).toMatchObject({
      timeZone: 'Europe/London',
      zoneName: 'GMT',
      inCheckInZone: true,
    });
  });

  it('shows the times shifted for a reader who has moved to New York, by 5 hours once America changes clocks', () => {
    const parts = invitation(mondays, people, 'America/New_York', 'en-US', NOW);
    expect(parts.next.map((o) => o.startTime)).toEqual(['4:00 AM', '5:00 AM', '5:00 AM']);
    expect(parts).toMatchObject({ zoneName: 'EST', inCheckInZone: false });
  });

  it('includes a moved occurrence at its new time, and leaves out a skipped one', () => {
    const changed = {
      ...mondays,
      skipped: ['2026-03-02'],
      moved: { '2026-03-09': at('2026-03-10T15:00:00Z') },
    };
    const parts = invitation(changed, people, 'Europe/London', 'en-GB', NOW);
    expect(parts.next.map((o) => [o.date, o.startTime, o.moved])).toEqual([
      ['2026-03-09', '15:00', true],
      ['2026-03-16', '09:00', false],
      ['2026-03-23', '09:00', false],
    ]);
  });

  it('gives as many as asked for, and none for a paused check-in', () => {
    expect(invitation(mondays, people, 'Europe/London', 'en-GB', NOW, 5).next).toHaveLength(5);
    expect(
      invitation({ ...mondays, paused: true }, people, 'Europe/London', 'en-GB', NOW).next,
    ).toEqual([]);
  });
});

describe('how often, in an invitation', () => {
  it.each([
    ['once', checkIn(), { code: 'once' }],
    [
      'every two weeks on Friday and Monday',
      checkIn({ recurrence: weekly(2, [5, 1], '2026-06-30') }),
      {
        code: 'weekly',
        everyWeeks: 2,
        weekdays: [1, 5],
        weekdayNames: ['Montag', 'Freitag'],
        until: { date: '2026-06-30', text: '30. Juni 2026' },
      },
    ],
    [
      'on the last Sunday of the month',
      checkIn({ recurrence: monthlyOn(-1, 0) }),
      { code: 'monthly-weekday', nth: -1, weekday: 0, weekdayName: 'Sonntag', until: null },
    ],
    [
      'on the 31st',
      checkIn({ recurrence: { kind: 'monthly-date', day: 31, until: null } }),
      { code: 'monthly-date', day: 31, until: null },
    ],
  ])('is a code with its numbers: %s', (_, one, repeat) => {
    expect(invitation(one, [], 'Europe/Berlin', 'de-DE', NOW).repeat).toEqual(repeat);
  });
});
