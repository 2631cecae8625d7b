import { describe, expect, it } from 'vitest';
import { firstOverdueUnsnoozed, overdue } from '../../../src/domain/network/overdue';
import { defaultSettings } from '../../../src/domain/settings';
import type { Contact, Role } from '../../../src/domain/types';
import { person } from './contact-factory';
import { generator } from '../../support/seeded';

const LONDON = 'Europe/London';
const network = defaultSettings(LONDON).network;
const weekly = { kind: 'every', count: 7, unit: 'days' } as const;
// London in November is on GMT, so 'Z' times below are local times.
const NOW = new Date('2026-11-23T10:00:00Z');

function idsOf(contacts: Contact[], timeZone = LONDON, now = NOW): string[] {
  return overdue(contacts, network, timeZone, now).map((entry) => entry.contact.id);
}

describe('who is overdue', () => {
  it.each([
    ['7 calendar days ago, late in the evening', '2026-11-16T23:30:00Z', 0],
    ['7 calendar days ago, first thing', '2026-11-16T00:00:00Z', 0],
    ['10 days ago', '2026-11-13T12:00:00Z', 3],
  ])('someone weekly last seen %s is due, %s days over', (_, iso, overdueDays) => {
    const ann = person('Ann', { cadence: weekly, lastContactAt: Date.parse(iso) });
    expect(overdue([ann], network, LONDON, NOW)).toEqual([
      {
        contact: ann,
        cadenceDays: 7,
        daysSince: 7 + overdueDays,
        overdueDays,
        snoozed: false,
      },
    ]);
  });

  it.each([
    ['6 calendar days ago, just before midnight', '2026-11-17T23:59:00Z'],
    ['6 calendar days ago, first thing', '2026-11-17T00:00:00Z'],
    ['this morning', '2026-11-23T08:00:00Z'],
  ])('someone weekly last seen %s is not yet due', (_, iso) => {
    expect(idsOf([person('Ann', { cadence: weekly, lastContactAt: Date.parse(iso) })])).toEqual([]);
  });

  it('counts days in the user’s zone, not in UTC or the machine’s', () => {
    // 23:30 on 16 November in London is already the 17th in Sydney, so only 6 days there.
    const ann = person('Ann', {
      cadence: weekly,
      lastContactAt: Date.parse('2026-11-16T23:30:00Z'),
    });
    expect(idsOf([ann], LONDON)).toEqual(['ann']);
    expect(idsOf([ann], 'Australia/Sydney', new Date('2026-11-23T12:30:00+11:00'))).toEqual([]);
  });

  it('makes someone never contacted due one cadence after they were added', () => {
    const added = Date.parse('2026-11-16T09:00:00Z');
    const ann = person('Ann', { cadence: weekly, createdAt: added });
    expect(overdue([ann], network, LONDON, NOW)).toMatchObject([
      { daysSince: null, overdueDays: 0 },
    ]);
    expect(idsOf([ann], LONDON, new Date('2026-11-22T23:59:00Z'))).toEqual([]);
  });

  it('leaves out archived people and people without a cadence', () => {
    const long = Date.parse('2026-01-01T00:00:00Z');
    expect(
      idsOf([
        person('Ann', { archived: true, lastContactAt: long }),
        person('Bo', { cadence: { kind: 'never' }, lastContactAt: long }),
        person('Cy', { roles: ['external-support'], lastContactAt: long }),
        person('Di', { lastContactAt: long }),
      ]),
    ).toEqual(['di']);
  });

  it('lists snoozed people, marked as snoozed', () => {
    const long = Date.parse('2026-01-01T00:00:00Z');
    const result = overdue(
      [
        person('Ann', { lastContactAt: long, snoozedUntil: Date.parse('2026-11-24T00:00:00Z') }),
        person('Bo', { lastContactAt: long, snoozedUntil: Date.parse('2026-11-23T09:00:00Z') }),
      ],
      network,
      LONDON,
      NOW,
    );
    expect(result.map((entry) => [entry.contact.id, entry.snoozed])).toEqual([
      ['ann', true],
      ['bo', false],
    ]);
  });

  it('puts the most overdue relative to their cadence first, then by days, then by name', () => {
    const seen = (iso: string) => Date.parse(iso);
    const contacts = [
      // 14 over on 90 days
      person('Org', { roles: ['professional-org'], lastContactAt: seen('2026-08-11T10:00:00Z') }),
      // 7 over on 7 days
      person('Fay', { roles: ['family'], lastContactAt: seen('2026-11-09T10:00:00Z') }),
      // 14 over on 14 days, and the same for Ben
      person('Zoe', { roles: ['friend'], lastContactAt: seen('2026-10-26T10:00:00Z') }),
      person('Ben', { roles: ['friend'], lastContactAt: seen('2026-10-26T10:00:00Z') }),
      // 28 over on 28 days
      person('Sue', { roles: ['supervisor'], lastContactAt: seen('2026-09-28T10:00:00Z') }),
      // 3 over on 14 days
      person('Col', { roles: ['colleague'], lastContactAt: seen('2026-11-06T10:00:00Z') }),
    ];
    expect(idsOf(contacts)).toEqual(['sue', 'ben', 'zoe', 'fay', 'col', 'org']);
  });
});

const ROLES: readonly Role[] = ['colleague', 'friend', 'family', 'mentor', 'professional-org'];

function network100(seed: number, now: number): Contact[] {
  const { next, pick } = generator(seed);
  // Instants near now, on whole hours and around midnights, so that many fall on the edges
  // of local dates and many people tie.
  const around = (days: number) => now - Math.round(next() * days * 24) * 3_600_000;
  return Array.from({ length: 100 }, (_, index) =>
    person(pick(['Ann', 'Bo', 'Cy', 'Di', 'Ed']), {
      id: `p${index}`,
      roles: next() < 0.2 ? [pick(ROLES), pick(ROLES)] : [pick(ROLES)],
      cadence: pick([
        { kind: 'role-default' },
        { kind: 'never' },
        { kind: 'every', count: pick([1, 2, 3, 10]), unit: pick(['days', 'weeks'] as const) },
      ]),
      archived: next() < 0.1,
      snoozedUntil: next() < 0.2 ? around(6) + 3 * 86_400_000 : null,
      lastContactAt: next() < 0.8 ? around(120) : null,
      createdAt: around(400),
    }),
  );
}

describe('the first few overdue people not snoozed (the popup’s card)', () => {
  const zones = [
    LONDON,
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Asia/Kolkata',
    'America/St_Johns',
  ];
  const moments = ['2026-11-23T10:00:00Z', '2026-03-29T00:30:00Z', '2026-11-01T23:59:00Z'];

  it('are the same people, in the same order, as the whole overdue list gives', () => {
    let compared = 0;
    for (const [seed, zone] of zones.entries()) {
      for (const iso of moments) {
        const now = new Date(iso);
        const contacts = network100(seed * 7 + moments.indexOf(iso), now.getTime());
        for (const count of [1, 3, 5]) {
          const whole = overdue(contacts, network, zone, now).filter((one) => !one.snoozed);
          expect(firstOverdueUnsnoozed(contacts, network, zone, now, count)).toEqual(
            whole.slice(0, count),
          );
          compared += whole.length > count ? 1 : 0;
        }
      }
    }
    // Most comparisons had more people overdue than the card shows.
    expect(compared).toBeGreaterThan(30);
  });

  it('throws on an instant no date can hold, as the whole list does', () => {
    const broken = person('Ann', { lastContactAt: 9e15, snoozedUntil: Date.parse('2027-01-01') });
    expect(() => overdue([broken], network, LONDON, NOW)).toThrow(RangeError);
    expect(() => firstOverdueUnsnoozed([broken], network, LONDON, NOW, 3)).toThrow(RangeError);
  });
});
