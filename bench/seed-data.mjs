// The benchmarks' profiles, in the shapes of src/domain/types.ts. The seed profile: 300 people
// and groups, 20 000 logged connections over two years, 50 check-ins and two years of weekday
// activity transitions. At scale k (the --scale runs) the people grow k-fold up to 3 000 and
// the years of connections and activity k-fold at the same density: a user with k times the
// history. The extreme profile is scale 10 with a 12-week window of dense activity (a
// transition every 2 minutes of each workday), for Insights. Deterministic: the same `now`
// and scale give the same data.
import { CHECK_IN_KINDS, CHECK_IN_TITLES, PLACES, ZONES, benchSettings } from './seed-lists.mjs';
import {
  DAY,
  HOUR,
  MINUTE,
  dayStart,
  draws,
  makeContacts,
  makeInteractions,
  prng,
  someoneOf,
} from './seed-people.mjs';

export const SIZES = { contacts: 300, interactions: 20_000, checkIns: 50, days: 730 };
export const MAX_PEOPLE = 3000;

/** The seed profile's sizes `scale` times over (people at most 3 000). */
export function sizesAt(scale) {
  return {
    contacts: Math.min(MAX_PEOPLE, SIZES.contacts * scale),
    interactions: SIZES.interactions * scale,
    checkIns: SIZES.checkIns,
    days: SIZES.days * scale,
  };
}

const pad = (n) => String(n).padStart(2, '0');
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A check-in's recurrence, and the weeks between its weekly occurrences. */
function recurrenceOf(d, firstMs, recurrenceKind, now) {
  const { random, int } = d;
  const weekday = new Date(firstMs).getUTCDay();
  const everyWeeks = int(1, 2);
  const until = random() < 0.2 ? isoDate(now + int(30, 300) * DAY) : null;
  if (recurrenceKind === 'weekly') {
    const weekdays = random() < 0.3 ? [...new Set([weekday, (weekday + 2) % 7])].sort() : [weekday];
    return { everyWeeks, recurrence: { kind: 'weekly', everyWeeks, weekdays, until } };
  }
  if (recurrenceKind === 'monthly-date') {
    return {
      everyWeeks,
      recurrence: { kind: 'monthly-date', day: new Date(firstMs).getUTCDate(), until },
    };
  }
  if (recurrenceKind === 'monthly-weekday') {
    const nth = Math.min(4, Math.ceil(new Date(firstMs).getUTCDate() / 7));
    return { everyWeeks, recurrence: { kind: 'monthly-weekday', nth, weekday, until } };
  }
  return { everyWeeks, recurrence: { kind: 'none' } };
}

/** Check-ins of every recurrence kind, a few zones, some skipped or moved occurrences. */
function makeCheckIns(d, count, someone, now) {
  const { random, int, pick } = d;
  const checkIns = [];
  for (let i = 0; i < count; i += 1) {
    const kind = CHECK_IN_KINDS[i % CHECK_IN_KINDS.length];
    const firstMs = dayStart(now - int(7, 360) * DAY);
    const recurrenceKind = ['weekly', 'weekly', 'monthly-date', 'monthly-weekday', 'none'][i % 5];
    const { everyWeeks, recurrence } = recurrenceOf(d, firstMs, recurrenceKind, now);
    const people = new Set();
    const size = kind === 'peer-group' ? int(3, 6) : int(1, 2);
    while (people.size < size) people.add(someone().id);
    const startTime = `${pad(int(9, 16))}:${pick(['00', '15', '30', '45'])}`;
    const skipped = [];
    const moved = {};
    const step = everyWeeks * 7 * DAY;
    if (recurrence.kind === 'weekly') {
      for (let k = 1; k <= 3; k += 1) if (random() < 0.3) skipped.push(isoDate(firstMs + k * step));
      if (random() < 0.3) moved[isoDate(firstMs + 4 * step)] = firstMs + 4 * step + 14 * HOUR;
    }
    const mode = pick(['in-person', 'virtual', 'either']);
    checkIns.push({
      id: `k${String(i).padStart(3, '0')}`,
      title: `${CHECK_IN_TITLES[kind]} ${i + 1}`,
      kind,
      contactIds: [...people],
      mode,
      place: mode === 'virtual' ? '' : pick(PLACES),
      link: mode === 'in-person' ? '' : `https://meet.example.org/checkin-${i}`,
      startDate: isoDate(firstMs),
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
  return checkIns;
}

/**
 * One-off check-ins over the years, two a month (a supervision, a case meeting), every one
 * over by now: what a user who books each meeting on its own keeps in the store.
 */
function makePastMeetings(d, someone, start, now) {
  const { int, pick } = d;
  const meetings = [];
  for (let at = start + 14 * DAY, i = 0; at < now - 7 * DAY; at += int(10, 20) * DAY, i += 1) {
    const kind = CHECK_IN_KINDS[i % CHECK_IN_KINDS.length];
    meetings.push({
      id: `m${String(i).padStart(4, '0')}`,
      title: `${CHECK_IN_TITLES[kind]}, ${isoDate(at)}`,
      kind,
      contactIds: [someone().id],
      mode: 'in-person',
      place: pick(PLACES),
      link: '',
      startDate: isoDate(at),
      startTime: `${pad(int(9, 16))}:00`,
      timeZone: 'Europe/London',
      durationMinutes: pick([45, 60, 90]),
      recurrence: { kind: 'none' },
      skipped: [],
      moved: {},
      reminderMinutesBefore: 15,
      paused: false,
    });
  }
  return meetings;
}

/**
 * Each weekday: arriving, a few idle or locked spells, leaving; clock-in and clock-out some
 * days, a break some days, and a rare weekend spell.
 */
function makeActivity(d, start, now, clocksIn) {
  const { random, int } = d;
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
    const clocked = random() < 0.25 && clocksIn;
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
  return activity;
}

/**
 * The whole data set as of `now` (UTC ms), `scale` times the seed profile. Times of day are
 * drawn in UTC, which is London's zone in winter and an hour off in summer: realistic enough
 * for a workload. `clocksIn: false` is the same user without a clock-in or clock-out ever
 * (their day starts by itself), the same draws otherwise; `pastMeetings: true` adds two
 * one-off check-ins a month over the years, all over (makePastMeetings).
 */
export function seedData(
  now,
  seed = 20_240_601,
  scale = 1,
  { clocksIn = true, pastMeetings = false } = {},
) {
  const d = draws(prng(seed));
  const sizes = sizesAt(scale);
  const start = now - sizes.days * DAY;
  const contacts = makeContacts(d, sizes.contacts, start, now);
  const someone = someoneOf(d, contacts);
  const interactions = makeInteractions(d, sizes.interactions, contacts, someone, start, now);
  const checkIns = makeCheckIns(d, sizes.checkIns, someone, now);
  const activity = makeActivity(d, start, now, clocksIn);
  // Drawn last: the rest of the profile is the same with them or without.
  if (pastMeetings) checkIns.push(...makePastMeetings(d, someone, start, now));
  return { contacts, interactions, checkIns, activity, settings: benchSettings() };
}

/** Days of dense activity the extreme profile ends with: Insights' 12 weeks and a margin. */
const DENSE_DAYS = 91;

/**
 * Scale 10 (3 000 people, 200 000 connections, 20 years), whose last 91 days of activity are
 * dense: each weekday from 08:30 to 18:30 the user goes idle and back every 2 minutes, about
 * 18 000 transitions in Insights' window.
 */
export function extremeData(now, seed = 20_240_601) {
  const data = seedData(now, seed, 10);
  const from = dayStart(now - DENSE_DAYS * DAY);
  const dense = [];
  for (let day = from; day < now; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let t = day + 510 * MINUTE; t < day + 1110 * MINUTE && t < now; t += 2 * MINUTE) {
      dense.push({ at: t, state: (t - day) % (4 * MINUTE) === 0 ? 'idle' : 'active' });
    }
  }
  data.activity = [...data.activity.filter((a) => a.at < from), ...dense];
  return data;
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
