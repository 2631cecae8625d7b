import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../src/domain/calendar-date';
import { stateAt } from '../../../src/domain/idle-state';
import { cadenceDays } from '../../../src/domain/network/cadence';
import { firstOverdueUnsnoozed, overdue } from '../../../src/domain/network/overdue';
import type { ReconnectNudge } from '../../../src/domain/nudge';
import { nudgeKey, readNudgeKey } from '../../../src/domain/nudge-key';
import type { PlannerPerson, PlannerState } from '../../../src/domain/planner-state';
import { reconnectNudges } from '../../../src/domain/rules/reconnect';
import { firstChance, windowOn, type Context } from '../../../src/domain/rules/reconnect-chance';
import type { RuleNudges } from '../../../src/domain/rules/rule';
import type { Contact, NudgeLogEntry, Role, Settings } from '../../../src/domain/types';
import { localDate } from '../../../src/domain/workday';
import { person } from '../network/contact-factory';
import { activity, settingsIn, stateOf, withoutBreaks } from '../planner-fixtures';
import { generator } from '../../support/seeded';

// The reconnect rule and the popup's card look only at the few people who may come first,
// from an index kept while the people are (network/people-index.ts). Here both are held to
// the rule as written for one person at a time, over everyone: each person's first chance
// (reconnect-chance.ts), those that fit ranked whole by overdue(). Random networks with
// their instants on the edges of local dates, snoozes, nudges in the gap, and moments that
// walk through the days with the same kept (frozen) list, as a running worker does.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ROLES: readonly Role[] = ['colleague', 'friend', 'family', 'mentor', 'professional-org'];
const ZONES = [
  'Europe/London',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
  'America/St_Johns',
  'America/New_York',
];

type Random = ReturnType<typeof generator>;

// What a call gives, or that it threw: a corrupt instant throws in both.
function outcome<T>(work: () => T): T | 'threw' {
  try {
    return work();
  } catch {
    return 'threw';
  }
}

function network(random: Random, start: number, size: number, corrupt: boolean): Contact[] {
  const { next, pick } = random;
  // Whole hours, so that many fall on the edges of local dates; a network's people seen
  // within a few days of each other, on a few cadences, so that many tie or nearly tie.
  const spread = pick([4, 12, 40]);
  const counts = pick([
    [1, 2, 3],
    [1, 10],
    [2, 3, 10],
  ]);
  const around = (days: number) => start - Math.round(next() * days * 24) * HOUR;
  const oddInstants = [Number.NaN, Infinity, -Infinity, 9e15, -9e15];
  return Array.from({ length: size }, (_, index) =>
    person(pick(['Ann', 'Bo', 'Cy', 'Di', 'Ed']), {
      id: `p${index}`,
      roles: next() < 0.2 ? [pick(ROLES), pick(ROLES)] : [pick(ROLES)],
      cadence: pick([
        { kind: 'role-default' },
        { kind: 'never' },
        { kind: 'every', count: pick(counts), unit: 'days' },
        { kind: 'every', count: pick(counts), unit: pick(['days', 'weeks'] as const) },
      ]),
      archived: next() < 0.1,
      snoozedUntil:
        corrupt && next() < 0.03
          ? pick(oddInstants)
          : next() < 0.25
            ? around(8) + pick([1, 2, 5, 9]) * DAY
            : null,
      lastContactAt:
        corrupt && next() < 0.02 ? pick(oddInstants) : next() < 0.8 ? around(spread) : null,
      createdAt: around(spread * 2),
    }),
  );
}

// Nudges in the gap, most about those who would come first without them.
function logOf(random: Random, settings: Settings, contacts: Contact[], start: number) {
  const { network, schedule } = settings;
  const first = outcome(() => overdue(contacts, network, schedule.timeZone, new Date(start)));
  const top = first === 'threw' ? [] : first.slice(0, 6).map(({ contact }) => contact);
  return Array.from({ length: Math.floor(random.next() * 6) }, (): NudgeLogEntry => {
    const shownAt = start - Math.round(random.next() * 9 * 24) * HOUR;
    const { id } = random.pick(top.length > 0 && random.next() < 0.7 ? top : contacts);
    const key = nudgeKey({ kind: 'reconnect', contactId: id, date: localDate('UTC', shownAt) });
    return { key, kind: 'reconnect', shownAt };
  });
}

function settingsOf(random: Random, zone: string): Settings {
  const settings = withoutBreaks(settingsIn(zone));
  const [from, until] = random.pick([
    ['10:00', '16:00'],
    ['08:00', '20:00'],
    ['18:00', '23:00'],
  ] as const);
  const network = {
    ...settings.network,
    reconnectMaxPerDay: random.pick([1, 1, 2, 3]),
    reconnectGapDays: random.pick([1, 3, 7]),
    reconnectFrom: from,
    reconnectUntil: until,
  };
  return { ...settings, network };
}

/** The rule as written, one person at a time and everyone ranked. */
function spec(state: PlannerState, now: Date): RuleNudges {
  const { network, schedule } = state.settings;
  const candidates = state.contacts.flatMap((contact) => {
    const cadence = cadenceDays(contact, network);
    return contact.archived || cadence === null ? [] : [{ contact, cadence }];
  });
  if (!(network.reconnectMaxPerDay >= 1) || candidates.length === 0)
    return { due: [], upcoming: [] };
  const at = now.getTime();
  const zone = schedule.timeZone;
  const today = localDate(zone, at);
  const shown = state.nudgeLog.filter(
    (one) => one.kind === 'reconnect' && Number.isFinite(one.shownAt),
  );
  const lastShown = new Map<string, number>();
  for (const { key, shownAt } of shown) {
    const id = readNudgeKey(key);
    if (id?.kind === 'reconnect') {
      lastShown.set(id.contactId, Math.max(shownAt, lastShown.get(id.contactId) ?? -Infinity));
    }
  }
  const context: Context = {
    state,
    timeZone: zone,
    lastShown,
    windows: new Map(),
    dates: new Map(),
  };
  const shownToday = shown.filter((one) => localDate(zone, one.shownAt) === today);
  const lastToday = Math.max(-Infinity, ...shownToday.map((one) => one.shownAt));
  const spaced = (instant: number) => (Number.isFinite(instant) ? instant + HOUR : -Infinity);
  const window = windowOn(context, today);
  const open = (count: number) =>
    window !== null && at < window.end && count < network.reconnectMaxPerDay;
  const chances = (from: string, notBefore: number, skip: string | null) =>
    candidates
      .filter(({ contact }) => contact.id !== skip)
      .map(({ contact, cadence }) => ({
        contact,
        chance: firstChance(context, contact, cadence, from, notBefore),
      }));
  const first = (
    found: { contact: PlannerPerson; chance: number | null }[],
    moment: number,
    fits: (chance: number) => boolean,
  ): ReconnectNudge | null => {
    const fitting = found.filter(({ chance }) => chance !== null && fits(chance));
    const top = overdue(
      fitting.map(({ contact }) => contact),
      network,
      zone,
      new Date(moment),
    )[0];
    const dueAt = fitting.find(({ contact }) => contact === top?.contact)?.chance;
    if (!top || dueAt == null) return null;
    const date = localDate(zone, dueAt);
    const contactId = top.contact.id;
    const key = nudgeKey({ kind: 'reconnect', contactId, date });
    return { key, kind: 'reconnect', contactId, daysSince: top.daysSince, dueAt };
  };
  const active = stateAt(state.activity, at) === 'active';
  const dueNow =
    open(shownToday.length) && active
      ? first(chances(today, spaced(lastToday), null), at, (chance) => chance <= at)
      : null;
  const later = open(shownToday.length + (dueNow ? 1 : 0));
  const found = chances(
    later ? today : addCalendarDays(today, 1),
    later ? spaced(dueNow ? at : lastToday) : -Infinity,
    dueNow?.contactId ?? null,
  );
  const next = Math.min(
    ...found.flatMap(({ chance }) => (chance !== null && chance > at ? [chance] : [])),
  );
  const upcoming = Number.isFinite(next) ? first(found, next, (chance) => chance === next) : null;
  return { due: dueNow ? [dueNow] : [], upcoming: upcoming ? [upcoming] : [] };
}

describe('the reconnect rule and the popup’s card on a kept list', () => {
  it('give what the rule as written gives, over random networks and moments', () => {
    let nudged = 0;
    let threw = 0;
    for (let seed = 1; seed <= 80; seed += 1) {
      const random = generator(seed);
      const zone = ZONES[seed % ZONES.length]!;
      const start = Date.parse('2026-11-20T00:00:00Z') + Math.round(random.next() * 300) * DAY;
      const contacts = network(random, start, 20 + Math.floor(random.next() * 120), seed % 5 === 0);
      const kept = Object.freeze(contacts.map((contact) => Object.freeze({ ...contact })));
      const settings = settingsOf(random, zone);
      const log = logOf(random, settings, contacts, start);
      const away = random.next() < 0.25;
      const transitions = activity(['2025-01-01T00:00:00Z', away ? 'idle' : 'active']);
      // The moments walk on through ten days: the kept list's index outlives the dates.
      for (let at = start; at < start + 10 * DAY; at += Math.round(random.next() * 30) * HOUR) {
        const now = new Date(at + Math.round(random.next() * 60) * 60_000);
        const plain = stateOf(settings, transitions, log, contacts);
        const expected = outcome(() => spec(plain, now));
        const fromKept = outcome(() =>
          reconnectNudges({ ...plain, contacts: kept as Contact[] }, now),
        );
        expect(fromKept).toEqual(expected);
        expect(outcome(() => reconnectNudges(plain, now))).toEqual(expected);
        if (expected === 'threw') threw += 1;
        else nudged += expected.due.length + expected.upcoming.length;
        const card = outcome(() =>
          overdue(contacts, settings.network, zone, now)
            .filter((one) => !one.snoozed)
            .slice(0, 3),
        );
        const keptCard = outcome(() =>
          firstOverdueUnsnoozed(kept as Contact[], settings.network, zone, now, 3),
        );
        expect(keptCard).toEqual(card);
      }
    }
    // Most moments had someone to nudge about, and the corrupt networks were tried.
    expect(nudged).toBeGreaterThan(300);
    expect(threw).toBeGreaterThan(0);
  });
});
