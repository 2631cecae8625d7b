import * as v from 'valibot';
import { settingsV3 } from '../domain/backup/schema';
import { checkIn, contact, interaction } from '../domain/backup/schema-records';
import type { CheckIn, Contact, Interaction, Settings } from '../domain/types';
import {
  checkInProblem,
  connectionProblem,
  contactProblem,
  settingsProblem,
} from './record-checks';
import { canonical, own, type Fields, type Json } from './state';

/** The sync choices every computer shares. */
export interface SyncOptions {
  /** Whether people's notes and connections' notes sync too. */
  includeNotes: boolean;
}

/** One record of each synced collection, by collection name. */
export interface SyncRecords {
  settings: Settings;
  options: SyncOptions;
  contacts: Contact;
  checkIns: CheckIn;
  interactions: Interaction;
}

export type CollectionName = keyof SyncRecords;

/**
 * Where each field of a record goes: `sync` as one value, `notes` only while notes sync,
 * `set` (a list of dates) and `map` (date -> instant) as one field per entry, so two
 * computers that skip different dates keep both; `local` never leaves the computer.
 */
type Place = 'id' | 'sync' | 'notes' | 'set' | 'map' | 'local';

/** How one collection's records become fields and come back. */
export interface Collection<K extends CollectionName = CollectionName> {
  name: K;
  /** Its letter in record keys and items. */
  code: string;
  /** Its group of items (`tend1.<group><n>`); notes go to group `n`. */
  group: string;
  /** What stays out first when the sync area is full: the highest tier. */
  tier: number;
  places: Record<keyof SyncRecords[K], Place>;
  schema: v.GenericSchema<unknown, SyncRecords[K]>;
  /** What Tend's forms would refuse in a record its schema takes (`record-checks.ts`). */
  problem?(record: SyncRecords[K]): string | null;
  /** What a record built from another computer's fields has before its own local values. */
  defaults: Partial<SyncRecords[K]>;
  /** The id of a record; the one-record collections have a fixed one. */
  idOf(record: SyncRecords[K]): string;
  /** The time a record was last edited, when it keeps one: the stamp of a value with no history. */
  editedAt(record: SyncRecords[K]): number | null;
}

const one = (id: string) => () => id;
const never = () => null;

export const settings: Collection<'settings'> = {
  name: 'settings',
  code: 's',
  group: 's',
  tier: 0,
  places: {
    schedule: 'sync',
    boundary: 'sync',
    work: 'sync',
    breaks: 'sync',
    // The guard's sites need this browser's own host permission, granted here.
    guard: 'local',
    mutedKinds: 'sync',
    network: 'sync',
    checkIns: 'sync',
    idleThresholdSeconds: 'sync',
    reflection: 'sync',
    templates: 'sync',
    // Whether a screen is shared is a fact about each computer, not about the user.
    discreetNotifications: 'local',
  },
  schema: settingsV3,
  problem: settingsProblem,
  defaults: {},
  idOf: one('current'),
  editedAt: never,
};

export const options: Collection<'options'> = {
  name: 'options',
  code: 'o',
  group: 's',
  tier: 0,
  places: { includeNotes: 'sync' },
  schema: v.object({ includeNotes: v.boolean() }),
  defaults: {},
  idOf: one('sync'),
  editedAt: never,
};

export const contacts: Collection<'contacts'> = {
  name: 'contacts',
  code: 'c',
  group: 'c',
  tier: 1,
  places: {
    id: 'id',
    name: 'sync',
    isGroup: 'sync',
    roles: 'sync',
    reach: 'sync',
    cadence: 'sync',
    availability: 'sync',
    availabilityLevel: 'sync',
    trust: 'sync',
    trustLevel: 'sync',
    notes: 'notes',
    archived: 'sync',
    // A snooze is this computer's: each computer nudges on its own.
    snoozedUntil: 'local',
    lastContactAt: 'sync',
    createdAt: 'sync',
    updatedAt: 'sync',
  },
  schema: contact,
  problem: contactProblem,
  defaults: { notes: '', snoozedUntil: null },
  idOf: (record) => record.id,
  editedAt: (record) => record.updatedAt,
};

export const checkIns: Collection<'checkIns'> = {
  name: 'checkIns',
  code: 'k',
  group: 'k',
  tier: 2,
  places: {
    id: 'id',
    title: 'sync',
    kind: 'sync',
    contactIds: 'sync',
    mode: 'sync',
    place: 'sync',
    link: 'sync',
    startDate: 'sync',
    startTime: 'sync',
    timeZone: 'sync',
    durationMinutes: 'sync',
    recurrence: 'sync',
    skipped: 'set',
    moved: 'map',
    reminderMinutesBefore: 'sync',
    paused: 'sync',
  },
  schema: checkIn,
  problem: checkInProblem,
  defaults: {},
  idOf: (record) => record.id,
  editedAt: never,
};

export const interactions: Collection<'interactions'> = {
  name: 'interactions',
  code: 'i',
  group: 'i',
  tier: 3,
  places: {
    id: 'id',
    at: 'sync',
    contactIds: 'sync',
    kind: 'sync',
    mode: 'sync',
    direction: 'sync',
    feltBefore: 'sync',
    feltAfter: 'sync',
    note: 'notes',
  },
  schema: interaction,
  problem: connectionProblem,
  defaults: { note: '' },
  idOf: (record) => record.id,
  editedAt: never,
};

/** Every synced collection; options first, as whether notes sync decides the others' fields. */
export const COLLECTIONS = [options, settings, contacts, checkIns, interactions] as Collection[];

/** The collection of a code, if this version knows it. */
export const collectionOf = (code: string) => COLLECTIONS.find((c) => c.code === code);

/** The group of items notes go to, and their tier: they stay out first. */
export const NOTES_GROUP = 'n';
export const NOTES_TIER = 4;

const placeOf = (collection: Collection, field: string): Place | undefined => {
  const dot = field.indexOf('.');
  const place = own(
    collection.places as Record<string, Place>,
    dot < 0 ? field : field.slice(0, dot),
  );
  return dot < 0 === (place !== 'set' && place !== 'map') ? place : undefined;
};

/** Whether a field is one this version writes (so a missing one means it was removed). */
export function isOwnField(collection: Collection, field: string, notes: boolean): boolean {
  const place = placeOf(collection, field);
  return place === 'sync' || place === 'set' || place === 'map' || (notes && place === 'notes');
}

/** Whether a field is a note, packed apart. */
export const isNote = (collection: Collection, field: string) =>
  placeOf(collection, field) === 'notes';

/** A record's synced fields, with canonical values. */
export function fieldsOf<K extends CollectionName>(
  collection: Collection<K>,
  record: SyncRecords[K],
  notes: boolean,
): Fields {
  const fields: Fields = {};
  for (const [name, place] of Object.entries(collection.places) as [string, Place][]) {
    const value = (record as unknown as Record<string, unknown>)[name];
    if (place === 'sync' || (place === 'notes' && notes)) fields[name] = canonical(value);
    else if (place === 'set')
      for (const entry of value as string[]) fields[`${name}.${entry}`] = true;
    else if (place === 'map') {
      for (const [entry, item] of Object.entries(value as Record<string, Json>)) {
        fields[`${name}.${entry}`] = canonical(item);
      }
    }
  }
  return fields;
}

/**
 * The local record for merged `values`: what stays local comes from `local` (or the
 * defaults); the result is checked against the record's schema. A string says why not.
 */
export function buildRecord<K extends CollectionName>(
  collection: Collection<K>,
  id: string,
  values: Fields,
  local: SyncRecords[K] | undefined,
): SyncRecords[K] | string {
  const record: Record<string, unknown> = { ...collection.defaults, ...local };
  for (const [name, place] of Object.entries(collection.places) as [string, Place][]) {
    if (place === 'id') record[name] = id;
    else if (place === 'sync' || place === 'notes') {
      if (Object.hasOwn(values, name)) record[name] = values[name];
    } else if (place === 'set' || place === 'map') {
      const prefix = `${name}.`;
      const entries = Object.keys(values).filter((field) => field.startsWith(prefix));
      record[name] =
        place === 'set'
          ? entries.map((field) => field.slice(prefix.length)).sort()
          : Object.fromEntries(entries.map((field) => [field.slice(prefix.length), values[field]]));
    }
  }
  const result = v.safeParse(collection.schema, record);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return `${collection.name} ${id}: ${path ? `${path}: ` : ''}${issue.message}`;
}
