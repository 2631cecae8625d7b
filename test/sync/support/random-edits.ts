import type { Role } from '../../../src/domain/types';
import { DAY_MS } from '../../../src/domain/time-units';
import type { SyncData } from '../../../src/sync/engine';
import { aConnection, aContact } from '../../db/factories';
import { checkIn as aCheckIn } from '../../domain/check-in-factory';
import type { Computer } from './computer';
import type { World } from './world';

export type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

const NAMES = ['Ada', 'Bea', 'Cyd', 'Dee', 'Eli', 'Fox', 'Gus', 'Hal'];
const ROLES: Role[] = ['colleague', 'supervisor', 'friend', 'family', 'mentor'];
const DATES = ['2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];

/** Counts ids so every computer makes different ones, as UUIDs would. */
export const idMaker = () => {
  let n = 0;
  return (prefix: string) => `${prefix}${(n++).toString(36)}`;
};

/** What edits a sequence makes: `exact` keeps notes on and connections within 60 days. */
export interface EditRules {
  exact: boolean;
  newId: (prefix: string) => string;
}

/** One edit a user might make on this computer, at its time `now`. */
export function randomEdit(data: SyncData, random: Random, now: number, rules: EditRules) {
  const { newId } = rules;
  const window = (rules.exact ? 60 : 100) * DAY_MS;
  const contact = data.contacts.length > 0 ? pick(random, data.contacts) : undefined;
  const checkIn = data.checkIns.length > 0 ? pick(random, data.checkIns) : undefined;
  const connection = data.interactions.length > 0 ? pick(random, data.interactions) : undefined;
  const date = pick(random, DATES);
  const edits: (() => void)[] = [
    () =>
      data.contacts.push(
        aContact({
          id: newId('c'),
          name: pick(random, NAMES),
          createdAt: now,
          updatedAt: now,
          notes: pick(random, ['', 'likes tea']),
        }),
      ),
    () => contact && Object.assign(contact, { name: pick(random, NAMES), updatedAt: now }),
    () => contact && Object.assign(contact, { roles: [pick(random, ROLES)], updatedAt: now }),
    () =>
      contact &&
      Object.assign(contact, {
        notes: pick(random, ['', 'new job', 'moved away']),
        updatedAt: now,
      }),
    () => contact && Object.assign(contact, { snoozedUntil: now + DAY_MS }), // stays local
    () => contact && data.contacts.splice(data.contacts.indexOf(contact), 1),
    () => data.checkIns.push(aCheckIn({ id: newId('k'), title: pick(random, NAMES) })),
    () => checkIn && !checkIn.skipped.includes(date) && checkIn.skipped.push(date),
    () => checkIn && (checkIn.skipped = checkIn.skipped.filter((skipped) => skipped !== date)),
    () => checkIn && (checkIn.moved[date] = Date.parse(`${date}T14:00:00Z`)),
    () => checkIn && delete checkIn.moved[date],
    () => checkIn && (checkIn.title = pick(random, NAMES)),
    () => checkIn && data.checkIns.splice(data.checkIns.indexOf(checkIn), 1),
    () =>
      contact &&
      data.interactions.push(
        aConnection({
          id: newId('i'),
          at: now - Math.floor(random() * window),
          contactIds: [contact.id],
          note: pick(random, ['', 'walk']),
        }),
      ),
    () =>
      connection && (connection.direction = pick(random, ['gave', 'received', 'both'] as const)),
    () => connection && data.interactions.splice(data.interactions.indexOf(connection), 1),
    () =>
      (data.settings.breaks = { ...data.settings.breaks, shortMinutes: pick(random, [5, 10, 15]) }),
    () =>
      (data.settings.reflection = {
        ...data.settings.reflection,
        time: pick(random, ['15:00', '16:30']),
      }),
    () => (data.settings.guard = { ...data.settings.guard, enabled: !data.settings.guard.enabled }), // stays local
    () =>
      !rules.exact &&
      random() < 0.3 &&
      (data.options = { includeNotes: !data.options.includeNotes }),
  ];
  pick(random, edits)();
}

/** One random thing that happens in the world: an edit, a computer going off or on line, time. */
export async function randomStep(world: World, random: Random, rules: EditRules) {
  const computer: Computer = pick(random, world.computers);
  const roll = random();
  if (roll < 0.45)
    await world.edit(computer, (data) => randomEdit(data, random, computer.now(), rules));
  else if (roll < 0.55) {
    if (computer.area.online) computer.area.goOffline();
    else computer.area.goOnline();
  } else if (roll < 0.7) computer.area.deliver();
  else if (roll < 0.85) {
    // A pass when one is due, and now and then a wake on the alarm with nothing due.
    if ((computer.dueAt !== null && computer.dueAt <= world.time) || roll >= 0.8) {
      await computer.sync();
    }
  } else world.time += random() < 0.05 ? DAY_MS : Math.floor(random() * 120_000);
}
