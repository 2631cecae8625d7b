// The seed profile's people and groups and the connections logged with them, drawn from one
// seeded generator (seed-data.mjs calls these in a fixed order, so a seed gives one profile).
import {
  AVAILABILITY,
  DIRECTIONS,
  FIRST,
  GROUPS,
  KIND_WEIGHTS,
  KINDS,
  LAST,
  MODES,
  NOTES,
  PERSON_ROLES,
  PLACES,
  ROLE_WEIGHTS,
  TRUST,
} from './seed-lists.mjs';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** mulberry32: a small, fast, seedable PRNG returning [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Draws on one generator: integers, picks from a list, and weighted picks. */
export function draws(random) {
  return {
    random,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    pick: (list) => list[Math.floor(random() * list.length)],
    weighted(list, weights) {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = random() * total;
      for (let i = 0; i < list.length; i += 1) {
        r -= weights[i];
        if (r < 0) return list[i];
      }
      return list[list.length - 1];
    },
  };
}

export const dayStart = (ms) => ms - (ms % DAY);

/** The i-th name: 600 first-and-last pairs, then the same pairs with a middle initial. */
function personName(i) {
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const round = Math.floor(i / (FIRST.length * LAST.length));
  return round === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + round)}. ${last}`;
}

function reachOf(d, name, isGroup) {
  const { random, int, pick } = d;
  const handle = name
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/\.$/, '');
  const reach = [];
  const wanted = isGroup
    ? ['web', 'email']
    : ['email', 'phone', 'sms', 'chat', 'video', 'in-person'];
  const count = isGroup ? int(1, 2) : int(1, 3);
  for (const kind of [...wanted].sort(() => random() - 0.5).slice(0, count)) {
    const value = {
      email: `${handle}@example.org`,
      phone: `+44 7700 900${String(int(0, 999)).padStart(3, '0')}`,
      sms: `+44 7700 900${String(int(0, 999)).padStart(3, '0')}`,
      chat: `https://chat.example.org/${handle}`,
      video: `https://meet.example.org/${handle}`,
      web: `https://example.org/${handle}`,
      'in-person': pick(PLACES),
    }[kind];
    reach.push({ kind, value });
  }
  return reach;
}

/** `count` people and groups (one in 25 a group, one in 20 archived), created before `start`. */
export function makeContacts(d, count, start, now) {
  const { random, int, pick, weighted } = d;
  const contacts = [];
  for (let i = 0; i < count; i += 1) {
    const isGroup = i % 25 === 7;
    const id = `c${String(i).padStart(4, '0')}`;
    let name;
    let roles;
    if (isGroup) {
      const [groupName, role] = GROUPS[Math.floor(i / 25) % GROUPS.length];
      name = `${groupName}${i >= 200 ? ` (${Math.floor(i / 100)})` : ''}`;
      roles = [role];
    } else {
      name = personName(i);
      roles = [weighted(PERSON_ROLES, ROLE_WEIGHTS)];
      if (random() < 0.15) {
        const second = pick(PERSON_ROLES);
        if (!roles.includes(second)) roles.push(second);
      }
    }
    const reach = reachOf(d, name, isGroup);
    const r = random();
    const cadence =
      r < 0.7
        ? { kind: 'role-default' }
        : r < 0.92
          ? { kind: 'every', count: int(1, 8), unit: random() < 0.5 ? 'weeks' : 'days' }
          : { kind: 'never' };
    const createdAt = start - int(1, 200) * DAY;
    contacts.push({
      id,
      name,
      isGroup,
      roles,
      reach,
      cadence,
      availability: random() < 0.4 ? pick(AVAILABILITY) : '',
      availabilityLevel: random() < 0.5 ? int(1, 5) : null,
      trust: random() < 0.3 ? pick(TRUST) : '',
      trustLevel: random() < 0.5 ? int(1, 5) : null,
      notes: random() < 0.2 ? pick(NOTES) : '',
      archived: i % 20 === 19,
      snoozedUntil: random() < 0.03 ? now + int(1, 14) * DAY : null,
      lastContactAt: null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return contacts;
}

/** Someone to log a connection with: a few people carry most of them (a Zipf-like weight). */
export function someoneOf(d, contacts) {
  const weights = contacts.map((_, i) => 1 / (1 + ((i * 7919) % contacts.length)) ** 0.8);
  const cumulative = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  return () => {
    const r = d.random() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return contacts[lo];
  };
}

/** `count` connections between `start` and `now`, mostly on weekdays; sets lastContactAt. */
export function makeInteractions(d, count, contacts, someone, start, now) {
  const { random, int, pick, weighted } = d;
  const interactions = [];
  for (let i = 0; i < count; i += 1) {
    let day = dayStart(start + random() * (now - start));
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() < 0.6) day += (weekday === 0 ? 1 : 2) * DAY;
    const at = Math.min(now - MINUTE, day + int(8 * 60, 19 * 60) * MINUTE + int(0, 59) * 1000);
    const people = new Set([someone().id]);
    const extra = random() < 0.7 ? 0 : random() < 0.67 ? 1 : 2;
    while (people.size < 1 + extra) people.add(someone().id);
    const kind = weighted(KINDS, KIND_WEIGHTS);
    const mode = kind === 'message' ? 'message' : pick(MODES.slice(0, 3));
    const felt = random() < 0.35;
    interactions.push({
      id: `i${String(i).padStart(5, '0')}`,
      at,
      contactIds: [...people],
      kind,
      mode,
      direction: pick(DIRECTIONS),
      feltBefore: felt ? int(1, 5) : null,
      feltAfter: felt ? int(1, 5) : null,
      note: random() < 0.15 ? pick(NOTES) : '',
    });
  }
  interactions.sort((a, b) => a.at - b.at);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (const interaction of interactions) {
    for (const id of interaction.contactIds) {
      const contact = byId.get(id);
      contact.lastContactAt = Math.max(contact.lastContactAt ?? 0, interaction.at);
      contact.updatedAt = Math.max(contact.updatedAt, interaction.at);
    }
  }
  return interactions;
}
