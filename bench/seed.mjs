// A heavy but realistic profile for the benchmarks, in the shapes of src/domain/types.ts:
// 300 people and groups, 20 000 logged connections over two years, 50 check-ins and two
// years of weekday activity transitions. Deterministic: the same `now` gives the same data.
// `node bench/seed.mjs --out profile.json` writes it as a Tend backup file, which a user or a
// test loads through the options page's import (Your data), the same path as any backup.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const YEARS_DAYS = 730;

export const SIZES = { contacts: 300, interactions: 20_000, checkIns: 50 };

/** mulberry32: a small, fast, seedable PRNG returning [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Farah',
  'George',
  'Hannah',
  'Idris',
  'Jess',
  'Kwame',
  'Leah',
  'Marek',
  'Niamh',
  'Owen',
  'Priya',
  'Rosa',
  'Sam',
  'Tomasz',
  'Uma',
  'Vik',
  'Wen',
  'Yusuf',
  'Zoe',
  'Aoife',
  'Bilal',
  'Carys',
  'Dmitri',
  'Esme',
  'Femi',
];
const LAST = [
  'Rivera',
  'Chen',
  'Okafor',
  'Novak',
  'Patel',
  'Murphy',
  'Jones',
  'Kowalski',
  'Ahmed',
  'Evans',
  'Nguyen',
  'Byrne',
  'Mensah',
  'Hughes',
  'Silva',
  'Khan',
  'Walsh',
  'Osei',
  'Taylor',
  'Lindqvist',
];
const GROUPS = [
  ['Thursday peer support group', 'peer-group'],
  ['Reflective practice circle', 'peer-group'],
  ['BASW regional branch', 'professional-org'],
  ['Social Work England network', 'professional-org'],
  ['Employee assistance programme', 'external-support'],
  ['Samaritans', 'external-support'],
  ['Frontline practitioners forum', 'online-community'],
  ['Care leavers practice community', 'online-community'],
];
const PERSON_ROLES = ['colleague', 'supervisor', 'mentor', 'friend', 'family'];
const ROLE_WEIGHTS = [40, 6, 6, 25, 15];
const KINDS = [
  'supervision',
  'peer-check-in',
  'peer-group',
  'informal',
  'self-care-together',
  'message',
  'other',
];
const KIND_WEIGHTS = [6, 18, 6, 20, 6, 40, 4];
const MODES = ['in-person', 'video', 'phone', 'message'];
const DIRECTIONS = ['gave', 'received', 'both'];
const NOTES = [
  'Talked through the case review.',
  'Coffee after the team meeting.',
  'Quick check after a hard visit.',
  'Shared the new safeguarding guidance.',
  'Walk at lunch.',
  'Caught up about the weekend.',
];
const AVAILABILITY = ['Weekday evenings', 'Most lunchtimes', 'Mondays only', 'Any time by text'];
const TRUST = ['Completely', 'For work things', 'Getting there', 'Always has my back'];
const ZONES = [
  'Europe/London',
  'Europe/London',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'America/New_York',
];
const PLACES = ['Room 2.14, Civic Centre', 'The café on Market Street', 'Team room', 'Online'];

const pad = (n) => String(n).padStart(2, '0');
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The settings a new user starts with (src/domain/settings.ts), in the London zone. */
export function benchSettings() {
  const officeDay = () => ({ start: '09:00', end: '17:00', endsNextDay: false });
  return {
    schedule: {
      timeZone: 'Europe/London',
      days: {
        0: null,
        1: officeDay(),
        2: officeDay(),
        3: officeDay(),
        4: officeDay(),
        5: officeDay(),
        6: null,
      },
    },
    boundary: {
      wrapUpEnabled: true,
      wrapUpMinutesBefore: 15,
      boundaryEnabled: true,
      boundaryRepeatMinutes: 30,
      boundaryMaxPerDay: 3,
    },
    work: { autoStart: true, dailyLimitMinutes: null, weeklyLimitMinutes: null },
    breaks: {
      shortEnabled: true,
      shortAfterMinutes: 50,
      shortMinutes: 5,
      longEnabled: true,
      longAfterMinutes: 120,
      longMinutes: 15,
    },
    guard: { enabled: false, sites: [] },
    mutedKinds: [],
    network: {
      cadenceByRole: {
        colleague: 14,
        supervisor: 28,
        mentor: 42,
        friend: 14,
        family: 7,
        'peer-group': 28,
        'professional-org': 90,
        'external-support': null,
        'online-community': null,
      },
      reconnectMaxPerDay: 1,
      reconnectFrom: '10:00',
      reconnectUntil: '16:00',
      reconnectGapDays: 7,
    },
    checkIns: {
      prepTime: '16:00',
      logPromptAfterMinutes: 10,
      inPersonTarget: 0.5,
      gatheringAfterWeeks: 4,
      gatheringIdeas: null,
    },
    idleThresholdSeconds: 300,
  };
}

/**
 * The whole data set as of `now` (UTC ms). Times of day are drawn in UTC, which is
 * London's zone in winter and an hour off in summer: realistic enough for a workload.
 */
export function seedData(now, seed = 20_240_601) {
  const random = prng(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (list, weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = random() * total;
    for (let i = 0; i < list.length; i += 1) {
      r -= weights[i];
      if (r < 0) return list[i];
    }
    return list[list.length - 1];
  };
  const start = now - YEARS_DAYS * DAY;
  const dayStart = (ms) => ms - (ms % DAY);

  // People and groups.
  const contacts = [];
  for (let i = 0; i < SIZES.contacts; i += 1) {
    const isGroup = i % 25 === 7;
    const id = `c${String(i).padStart(4, '0')}`;
    let name;
    let roles;
    if (isGroup) {
      const [groupName, role] = GROUPS[Math.floor(i / 25) % GROUPS.length];
      name = `${groupName}${i >= 200 ? ` (${Math.floor(i / 100)})` : ''}`;
      roles = [role];
    } else {
      name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
      roles = [weighted(PERSON_ROLES, ROLE_WEIGHTS)];
      if (random() < 0.15) {
        const second = pick(PERSON_ROLES);
        if (!roles.includes(second)) roles.push(second);
      }
    }
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

  // Logged connections: a few people carry most of them (a Zipf-like weight).
  const weights = contacts.map((_, i) => 1 / (1 + ((i * 7919) % SIZES.contacts)) ** 0.8);
  const cumulative = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  const someone = () => {
    const r = random() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return contacts[lo];
  };
  const interactions = [];
  for (let i = 0; i < SIZES.interactions; i += 1) {
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

  // Check-ins: every recurrence kind, a few zones, some skipped or moved occurrences.
  const CHECK_IN_KINDS = [
    'supervision',
    'peer-check-in',
    'peer-group',
    'informal',
    'self-care-together',
  ];
  const TITLES = {
    supervision: 'Supervision',
    'peer-check-in': 'Peer check-in',
    'peer-group': 'Peer group',
    informal: 'Lunch together',
    'self-care-together': 'Walk together',
  };
  const checkIns = [];
  for (let i = 0; i < SIZES.checkIns; i += 1) {
    const kind = CHECK_IN_KINDS[i % CHECK_IN_KINDS.length];
    const firstMs = dayStart(now - int(7, 360) * DAY);
    const startDate = isoDate(firstMs);
    const weekday = new Date(firstMs).getUTCDay();
    const everyWeeks = int(1, 2);
    const recurrenceKind = ['weekly', 'weekly', 'monthly-date', 'monthly-weekday', 'none'][i % 5];
    const until = random() < 0.2 ? isoDate(now + int(30, 300) * DAY) : null;
    const recurrence =
      recurrenceKind === 'weekly'
        ? {
            kind: 'weekly',
            everyWeeks,
            weekdays:
              random() < 0.3 ? [...new Set([weekday, (weekday + 2) % 7])].sort() : [weekday],
            until,
          }
        : recurrenceKind === 'monthly-date'
          ? { kind: 'monthly-date', day: new Date(firstMs).getUTCDate(), until }
          : recurrenceKind === 'monthly-weekday'
            ? {
                kind: 'monthly-weekday',
                nth: Math.min(4, Math.ceil(new Date(firstMs).getUTCDate() / 7)),
                weekday,
                until,
              }
            : { kind: 'none' };
    const people = new Set();
    const count = kind === 'peer-group' ? int(3, 6) : int(1, 2);
    while (people.size < count) people.add(someone().id);
    const startTime = `${pad(int(9, 16))}:${pick(['00', '15', '30', '45'])}`;
    const skipped = [];
    const moved = {};
    if (recurrence.kind === 'weekly') {
      for (let k = 1; k <= 3; k += 1) {
        if (random() < 0.3) skipped.push(isoDate(firstMs + k * everyWeeks * 7 * DAY));
      }
      if (random() < 0.3)
        moved[isoDate(firstMs + 4 * everyWeeks * 7 * DAY)] =
          firstMs + 4 * everyWeeks * 7 * DAY + 14 * HOUR;
    }
    const mode = pick(['in-person', 'virtual', 'either']);
    checkIns.push({
      id: `k${String(i).padStart(3, '0')}`,
      title: `${TITLES[kind]} ${i + 1}`,
      kind,
      contactIds: [...people],
      mode,
      place: mode === 'virtual' ? '' : pick(PLACES),
      link: mode === 'in-person' ? '' : `https://meet.example.org/checkin-${i}`,
      startDate,
      startTime,
      timeZone: pick(ZONES),
      durationMinutes: pick([30, 45, 60, 90]),
      recurrence,
      skipped,
      moved,
      reminderMinutesBefore: pick([null, 10, 15, 30, 60]),
      paused: i % 10 === 9,
    });
  }

  // Activity: each weekday, arriving, a few idle or locked spells, leaving; clock-in and
  // clock-out some days, a break some days, and a rare weekend spell.
  const activity = [];
  const add = (at, state) => {
    if (at < now) activity.push({ at, state });
  };
  for (let day = dayStart(start); day < now; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) {
      if (random() < 0.05) {
        const t = day + int(10 * 60, 15 * 60) * MINUTE;
        add(t, 'active');
        add(t + int(20, 90) * MINUTE, 'idle');
      }
      continue;
    }
    if (random() < 0.06) continue; // leave, sick days, bank holidays
    const clocked = random() < 0.25;
    let t = day + int(8 * 60 + 20, 9 * 60 + 20) * MINUTE;
    if (clocked) add(t - int(1, 5) * MINUTE, 'clock-in');
    add(t, 'active');
    const end = day + int(16 * 60 + 45, 18 * 60 + 30) * MINUTE;
    const spells = int(1, 4);
    for (let s = 0; s < spells; s += 1) {
      t += int(40, 110) * MINUTE;
      if (t > end - 30 * MINUTE) break;
      const away = random() < 0.1 ? 'break-start' : random() < 0.4 ? 'locked' : 'idle';
      add(t, away);
      t += int(5, 45) * MINUTE;
      add(t, away === 'break-start' ? 'break-end' : 'active');
      if (away === 'break-start') add(t, 'active');
    }
    add(end, random() < 0.5 ? 'locked' : 'idle');
    if (clocked) add(end + int(0, 3) * MINUTE, 'clock-out');
  }
  activity.sort((a, b) => a.at - b.at);

  return { contacts, interactions, checkIns, activity, settings: benchSettings() };
}

/** Rough validity: unique ids, references to people who exist, times in the past. */
export function validate(data, now) {
  const problems = [];
  const unique = (list, what) => {
    const ids = new Set(list.map((x) => x.id));
    if (ids.size !== list.length) problems.push(`${what}: duplicate ids`);
  };
  unique(data.contacts, 'contacts');
  unique(data.interactions, 'interactions');
  unique(data.checkIns, 'checkIns');
  const people = new Set(data.contacts.map((c) => c.id));
  const last = new Map();
  for (const i of data.interactions) {
    if (i.contactIds.length < 1 || i.contactIds.length > 3) problems.push(`${i.id}: participants`);
    if (new Set(i.contactIds).size !== i.contactIds.length)
      problems.push(`${i.id}: repeated person`);
    for (const id of i.contactIds) {
      if (!people.has(id)) problems.push(`${i.id}: unknown ${id}`);
      last.set(id, Math.max(last.get(id) ?? 0, i.at));
    }
    if (i.at >= now) problems.push(`${i.id}: in the future`);
  }
  for (const c of data.contacts) {
    if ((last.get(c.id) ?? null) !== c.lastContactAt) problems.push(`${c.id}: lastContactAt`);
  }
  for (const k of data.checkIns) {
    for (const id of k.contactIds) if (!people.has(id)) problems.push(`${k.id}: unknown ${id}`);
  }
  for (let i = 1; i < data.activity.length; i += 1) {
    if (data.activity[i].at < data.activity[i - 1].at) problems.push('activity out of order');
  }
  if (problems.length > 0)
    throw new Error(`seed data invalid:\n${problems.slice(0, 20).join('\n')}`);
  return data;
}

/**
 * Writes the data into Tend's IndexedDB from an open extension page (the database must
 * exist, as after the install wake): stores emptied first, then one transaction per
 * chunk of each store.
 */
export async function writeSeed(page, data, chunkSize = 2000) {
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = ['contacts', 'interactions', 'checkIns', 'activity', 'nudgeLog'];
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) tx.objectStore(store).clear();
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  const put = (store, records, key) =>
    page.evaluate(
      async ({ store, records, key }) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('tend');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(store, 'readwrite');
        for (const record of records) {
          if (key === null) tx.objectStore(store).put(record);
          else tx.objectStore(store).put(record, key);
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store, records, key },
    );
  for (const store of ['contacts', 'interactions', 'checkIns', 'activity']) {
    const records = data[store];
    for (let i = 0; i < records.length; i += chunkSize) {
      await put(store, records.slice(i, i + chunkSize), null);
    }
  }
  await put('settings', [data.settings], 'current');
}

/** The backup format version seedBackup writes (src/domain/backup/format.ts BACKUP_VERSION). */
export const BACKUP_VERSION = 3;

/**
 * The data set as a current-version Tend backup (docs/backup-format.md), with half a year
 * of weekly reflections and a few on-call days added. The reflections draw from their own
 * generator, so seedData stays exactly what the benchmarks measured.
 */
export function seedBackup(now, data = seedData(now), seed = 20_240_601) {
  const random = prng(seed + 1);
  const level = () => (random() < 0.1 ? null : 1 + Math.floor(random() * 5));
  const mondayMs = (ms) => {
    const day = ms - (ms % DAY);
    return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  };
  const reflections = [];
  for (let week = 26; week >= 1; week -= 1) {
    const monday = mondayMs(now) - week * 7 * DAY;
    reflections.push({
      id: `r${String(26 - week).padStart(3, '0')}`,
      weekStart: isoDate(monday),
      energy: level(),
      stress: level(),
      connected: level(),
      supported: level(),
      note: random() < 0.3 ? pick(random, NOTES) : '',
      createdAt: monday + 4 * DAY + 15 * HOUR,
    });
  }
  const dayExceptions = [3, 10, 40].map((daysAgo, i) => ({
    date: isoDate(now - daysAgo * DAY),
    kind: i === 1 ? 'late-shift' : 'on-call',
    until: i === 1 ? '19:30' : null,
  }));
  return {
    format: 'tend-backup',
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: {
      ...data.settings,
      reflection: { enabled: true, weekday: null, time: '15:00' },
      templates: null,
    },
    contacts: data.contacts,
    interactions: data.interactions,
    checkIns: data.checkIns,
    reflections,
    dayExceptions,
    activity: data.activity.map(({ at, state }) => ({ at, state })),
    nudgeLog: [],
  };
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** `node bench/seed.mjs --out profile.json [--now 2026-11-23T12:00:00Z]`: writes a backup file. */
async function main(args) {
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const out = option('--out');
  if (!out) {
    console.error('Usage: node bench/seed.mjs --out profile.json [--now ISO-instant]');
    process.exitCode = 2;
    return;
  }
  const nowText = option('--now');
  const now = nowText ? Date.parse(nowText) : Date.now();
  if (!Number.isFinite(now)) throw new Error(`--now is not an instant: ${nowText}`);
  const backup = seedBackup(now, validate(seedData(now), now));
  await writeFile(out, `${JSON.stringify(backup)}\n`);
  console.log(
    `Wrote ${out}: ${backup.contacts.length} people, ${backup.interactions.length} connections, ` +
      `${backup.checkIns.length} check-ins, ${backup.activity.length} work-time records.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
