import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsFileName, toIcs } from '../../../src/domain/checkins/ics';
import { escapeText, foldLine } from '../../../src/domain/checkins/ics-text';
import type { CheckIn, Contact, Recurrence } from '../../../src/domain/types';
import { group, person } from '../network/contact-factory';
import { at, checkIn, monthlyOn, monthlyOnDay, weekly } from './check-in-factory';

const NOW = at('2026-01-15T12:00:00Z');
const encoder = new TextEncoder();

/** The content lines of a file, unfolded. */
function unfolded(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** The lines of a property, outside the VTIMEZONEs (which have DTSTART and RRULE too). */
function lines(ics: string, name: string): string[] {
  let inZone = false;
  return unfolded(ics).filter((line) => {
    if (line === 'BEGIN:VTIMEZONE' || line === 'END:VTIMEZONE') inZone = line.startsWith('BEGIN');
    return (
      (!inZone || name === 'TZID') && (line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    );
  });
}

function exportOf(fields: Partial<CheckIn>, contacts: Contact[] = []): string {
  return toIcs([checkIn(fields)], contacts, NOW);
}

describe('the .ics file', () => {
  const ics = exportOf({ recurrence: weekly(1, [1]) });

  it('is a VCALENDAR of CRLF lines with Tend as its product', () => {
    expect(
      ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tend//Check-ins//EN\r\n'),
    ).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives each check-in a stable UID, the export time in UTC and its start in its zone', () => {
    expect(lines(ics, 'UID')).toEqual(['UID:walk@tend']);
    expect(lines(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20260115T120000Z']);
    expect(lines(ics, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260105T100000']);
    expect(lines(ics, 'DURATION')).toEqual(['DURATION:PT60M']);
    expect(lines(ics, 'TZID')).toEqual(['TZID:Europe/London']);
  });

  it('takes another product id when given one', () => {
    expect(toIcs([], [], NOW, '-//Example//Test//EN')).toContain('PRODID:-//Example//Test//EN\r\n');
  });
});

describe('repetition in the file', () => {
  it.each<[string, Recurrence, string, string]>([
    [
      'every 2 weeks on Monday and Thursday',
      weekly(2, [4, 1]),
      '2026-01-05',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO',
    ],
    [
      'weekly on Sunday and Monday, Monday first',
      weekly(1, [0, 1]),
      '2026-01-05',
      'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,SU;WKST=MO',
    ],
    ['monthly on the 31st', monthlyOnDay(31), '2026-01-31', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=31'],
    [
      'monthly on the second Tuesday',
      monthlyOn(2, 2),
      '2026-01-13',
      'RRULE:FREQ=MONTHLY;BYDAY=2TU',
    ],
    ['monthly on the last Friday', monthlyOn(-1, 5), '2026-01-30', 'RRULE:FREQ=MONTHLY;BYDAY=-1FR'],
    ['monthly on the fifth Monday', monthlyOn(5, 1), '2026-03-30', 'RRULE:FREQ=MONTHLY;BYDAY=5MO'],
  ])('%s is an RRULE starting on its first date', (_, recurrence, first, rule) => {
    const ics = exportOf({ startDate: '2026-01-05', recurrence });
    expect(lines(ics, 'RRULE')).toEqual([rule]);
    expect(lines(ics, 'DTSTART')).toEqual([
      `DTSTART;TZID=Europe/London:${first.replace(/-/g, '')}T100000`,
    ]);
  });

  it('has no RRULE when it happens once', () => {
    expect(lines(exportOf({}), 'RRULE')).toEqual([]);
  });

  it.each([
    ['Europe/London', 'UNTIL=20260731T225959Z'],
    ['America/New_York', 'UNTIL=20260801T035959Z'],
    ['Australia/Sydney', 'UNTIL=20260731T135959Z'],
  ])('ends in UTC at the last second of the until date in its zone (%s)', (timeZone, until) => {
    const ics = exportOf({ timeZone, recurrence: weekly(1, [5], '2026-07-31') });
    expect(lines(ics, 'RRULE')).toEqual([`RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;WKST=MO;${until}`]);
  });

  it('leaves out a skipped date with an EXDATE at its local start', () => {
    const ics = exportOf({ recurrence: weekly(1, [1]), skipped: ['2026-02-09', '2026-02-10'] });
    // 10 February is a Tuesday, never an occurrence, so there is nothing to leave out.
    expect(lines(ics, 'EXDATE')).toEqual(['EXDATE;TZID=Europe/London:20260209T100000']);
  });

  it('starts after skipped first dates instead of leaving them out', () => {
    const ics = exportOf({ recurrence: weekly(1, [1]), skipped: ['2026-01-05'] });
    expect(lines(ics, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260112T100000']);
    expect(lines(ics, 'EXDATE')).toEqual([]);
  });

  it('gives a moved occurrence its own VEVENT with the same UID, the original start and the new one', () => {
    const ics = exportOf({
      recurrence: weekly(1, [1]),
      moved: { '2026-02-16': at('2026-02-18T14:00:00Z') },
    });
    expect(lines(ics, 'UID')).toEqual(['UID:walk@tend', 'UID:walk@tend']);
    expect(lines(ics, 'RECURRENCE-ID')).toEqual([
      'RECURRENCE-ID;TZID=Europe/London:20260216T100000',
    ]);
    expect(lines(ics, 'DTSTART')[1]).toBe('DTSTART;TZID=Europe/London:20260218T140000');
  });

  it('writes an occurrence near a daylight-saving change as a UTC instant, so every calendar agrees', () => {
    const ics = exportOf({
      timeZone: 'America/New_York',
      startTime: '02:30',
      recurrence: weekly(1, [0], '2026-03-15'),
    });
    expect(lines(ics, 'RECURRENCE-ID')).toEqual([
      'RECURRENCE-ID;TZID=America/New_York:20260308T023000',
    ]);
    expect(lines(ics, 'DTSTART')[1]).toBe('DTSTART:20260308T073000Z');
  });
});

describe('where, and who, in the file', () => {
  it.each<[string, Partial<CheckIn>, string[], string[]]>([
    [
      'in person at a place',
      { place: 'Café Nord; back room, 2nd floor' },
      ['LOCATION:Café Nord\\; back room\\, 2nd floor'],
      [],
    ],
    [
      'virtual with its link',
      { mode: 'virtual', link: 'https://meet.example.org/a?b=1' },
      ['LOCATION:https://meet.example.org/a?b=1'],
      ['URL:https://meet.example.org/a?b=1'],
    ],
    [
      'either, at a place or by link',
      { mode: 'either', place: 'Room 4', link: 'https://meet.example.org/x' },
      ['LOCATION:Room 4'],
      ['URL:https://meet.example.org/x'],
    ],
    ['in person with a link left from before', { link: 'https://meet.example.org/x' }, [], []],
    [
      'virtual with a place left from before',
      { mode: 'virtual', place: 'Room 4', link: 'https://meet.example.org/x' },
      ['LOCATION:https://meet.example.org/x'],
      ['URL:https://meet.example.org/x'],
    ],
  ])('%s', (_, fields, location, url) => {
    const ics = exportOf(fields);
    expect(lines(ics, 'LOCATION')).toEqual(location);
    expect(lines(ics, 'URL')).toEqual(url);
  });

  const people = [
    person('Ann Lee', {
      reach: [
        { kind: 'phone', value: '+44 20 7946 0000' },
        { kind: 'email', value: 'ann@example.org' },
      ],
    }),
    person('Smith, Bo', { id: 'bo', reach: [{ kind: 'email', value: 'bo@example.org' }] }),
    person('Cy "the rock" Ng', { id: 'cy', reach: [{ kind: 'email', value: 'cy@example.org' }] }),
    person('Dee', { reach: [{ kind: 'phone', value: '+1 555 0100' }] }),
    person('Eve', { reach: [{ kind: 'email', value: 'not an address' }] }),
    group('Peer group: Leeds', {
      id: 'leeds',
      reach: [{ kind: 'email', value: 'leeds@example.org' }],
    }),
  ];
  const everyone = { contactIds: ['ann lee', 'bo', 'cy', 'dee', 'eve', 'leeds', 'gone'] };

  it('invites the participants who have an e-mail address, quoting names that need it', () => {
    expect(lines(exportOf(everyone, people), 'ATTENDEE')).toEqual([
      'ATTENDEE;CN=Ann Lee:mailto:ann@example.org',
      'ATTENDEE;CN="Smith, Bo":mailto:bo@example.org',
      "ATTENDEE;CN=Cy ^'the rock^' Ng:mailto:cy@example.org",
      'ATTENDEE;CN="Peer group: Leeds";CUTYPE=GROUP:mailto:leeds@example.org',
    ]);
  });

  it('names reach a calendar unchanged', () => {
    const calendar = new ICAL.Component(ICAL.parse(exportOf(everyone, people)));
    const attendees = calendar.getFirstSubcomponent('vevent')?.getAllProperties('attendee') ?? [];
    expect(attendees.map((attendee) => attendee.getParameter('cn'))).toEqual([
      'Ann Lee',
      'Smith, Bo',
      'Cy "the rock" Ng',
      'Peer group: Leeds',
    ]);
  });

  it('describes the check-in with only the user’s own data: the link, then everyone’s names', () => {
    const ics = exportOf(
      { ...everyone, mode: 'virtual', link: 'https://meet.example.org/x' },
      people,
    );
    expect(lines(ics, 'DESCRIPTION')).toEqual([
      'DESCRIPTION:https://meet.example.org/x\\nAnn Lee\\nSmith\\, Bo\\nCy "the rock" Ng\\nDee\\nEve\\nPeer group: Leeds',
    ]);
  });
});

describe('text in the file', () => {
  it.each([
    ['a backslash', 'C:\\notes', 'C:\\\\notes'],
    ['a semicolon and a comma', 'Tea; cake, chat', 'Tea\\; cake\\, chat'],
    ['line breaks of every kind', 'one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['a colon and quotes, which TEXT allows', 'Re: "Wrap-up"', 'Re: "Wrap-up"'],
    ['control characters, which it does not', 'bell\u0007 tab\t', 'bell tab\t'],
  ])('escapes %s', (_, text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it('comes back from a calendar as it was written', () => {
    const title = 'Tea; cake, chat\\ and a "walk"\nafter';
    const calendar = new ICAL.Component(ICAL.parse(exportOf({ title })));
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(title);
  });

  it.each([
    ['plain ASCII', 'a'.repeat(300)],
    ['two-byte letters', 'Zoë Ångström '.repeat(30).trim()],
    ['three-byte characters', '社会福祉士のピアサポート'.repeat(12)],
    ['four-byte emoji', '🌿🤝'.repeat(60)],
    ['letters with combining marks', 'e\u0301'.repeat(100)],
  ])('folds long lines of %s at 75 octets, never inside a character', (_, title) => {
    const ics = exportOf({ title });
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      expect(line.isWellFormed()).toBe(true);
    }
    expect(lines(ics, 'SUMMARY')).toEqual([`SUMMARY:${title}`]);
  });

  it('starts each folded line with a single space', () => {
    expect(foldLine(`SUMMARY:${'x'.repeat(150)}`)).toBe(
      `SUMMARY:${'x'.repeat(67)}\r\n ${'x'.repeat(74)}\r\n ${'x'.repeat(9)}\r\n`,
    );
  });
});

describe('which check-ins the file holds', () => {
  it('leaves out paused check-ins, which Tend does not remind of either', () => {
    const ics = toIcs([checkIn({ id: 'on' }), checkIn({ id: 'off', paused: true })], [], NOW);
    expect(lines(ics, 'UID')).toEqual(['UID:on@tend']);
  });

  it('leaves out a check-in whose only occurrence is skipped', () => {
    expect(lines(exportOf({ skipped: ['2026-01-05'] }), 'BEGIN')).toEqual(['BEGIN:VCALENDAR']);
  });

  it('holds one VTIMEZONE per zone used', () => {
    const ics = toIcs(
      [
        checkIn({ id: 'a', timeZone: 'Europe/London' }),
        checkIn({ id: 'b', timeZone: 'Australia/Sydney' }),
        checkIn({ id: 'c', timeZone: 'Europe/London' }),
      ],
      [],
      NOW,
    );
    expect(lines(ics, 'TZID')).toEqual(['TZID:Australia/Sydney', 'TZID:Europe/London']);
  });

  it('spells out a zone without daylight saving as one offset', () => {
    const ics = exportOf({ timeZone: 'Asia/Kolkata' });
    expect(unfolded(ics).filter((line) => line.startsWith('TZOFFSET'))).toEqual([
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
    ]);
  });
});

describe('the file name', () => {
  it.each<[string, CheckIn[], string]>([
    [
      'one check-in is named after its title',
      [checkIn({ title: 'Peer walk: Friday!' })],
      'peer-walk-friday.ics',
    ],
    ['accents are dropped', [checkIn({ title: 'Café Zoë' })], 'cafe-zoe.ics'],
    ['other scripts are kept', [checkIn({ title: 'ピア サポート' })], 'ピア-サポート.ics'],
    ['a title with nothing to keep gets a plain name', [checkIn({ title: '***' })], 'check-in.ics'],
    ['a long title is cut short', [checkIn({ title: 'a'.repeat(100) })], `${'a'.repeat(60)}.ics`],
    ['several check-ins share one name', [checkIn(), checkIn({ id: 'b' })], 'tend-check-ins.ics'],
    ['no check-ins too', [], 'tend-check-ins.ics'],
  ])('%s', (_, checkIns, name) => {
    expect(icsFileName(checkIns)).toBe(name);
  });
});
