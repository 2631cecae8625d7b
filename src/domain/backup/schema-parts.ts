import * as v from 'valibot';
import type { ActivityState, ConnectionKind, NudgeKind, ReachKind, Role } from '../types';
import { isClockTime } from '../clock-time';

// The shapes of a backup, checked before anything is written. Lengths and ranges that a form
// also enforces are left to the form's own validator (validate.ts), so both refuse the same
// things with the same limits; the caps here bound what no validator measures.
// valibot, not zod: zod probes for eval with `Function('')` and compiles its parsers, which
// the extension's CSP refuses and Mozilla's add-on linter flags as dangerous.

/**
 * Ids are Tend's own: random UUIDs from every form, 'c0001' in the benchmark's profile, short
 * words in hand-made files. Letters, digits, '-' and '_' only, so that an id never needs
 * escaping in a nudge key or a page's address, whatever reads it.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Text no form limits more tightly (a template's body, a nudge key). */
const TEXT_MAX = 10_000;

/**
 * A JSON object and not an array: valibot's object and record read an array's indices as
 * keys, so `[]` would pass for a record with no fields.
 */
export const plainObject = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
);
export const object = <const Entries extends v.ObjectEntries>(entries: Entries) =>
  v.pipe(plainObject, v.object(entries));
/** A JSON number: valibot's number takes Infinity, which a file's 1e999 parses to. */
export const number = v.pipe(v.number(), v.finite());
export const int = v.pipe(number, v.integer());
/** A list of at most `max` items; one too long is refused for that, before its items are read. */
export const list = <const Item extends v.GenericSchema>(item: Item, max: number) =>
  v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));

export const id = v.pipe(v.string(), v.regex(ID_PATTERN));
export const text = (max = TEXT_MAX) => v.pipe(v.string(), v.maxLength(max));
export const instant = number;
export const nullableNumber = v.nullable(number);
export const level = nullableNumber;
export const weekday = v.picklist([0, 1, 2, 3, 4, 5, 6]);
export const clockTime = v.pipe(v.string(), v.check(isClockTime));
export const localDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
// An ISO instant with seconds and a zone ('Z' or ±hh:mm) on a real calendar date: what
// `toISOString()` writes, and what zod's `iso.datetime({ offset: true })` took before.
const LEAP_DAY = String.raw`(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29`;
const MONTH_DAY = String.raw`(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?`;
const ZONE = String.raw`Z|[+-](?:[01]\d|2[0-3]):[0-5]\d`;
export const ISO_INSTANT = new RegExp(
  `^(?:${LEAP_DAY}|\\d{4}-(?:${MONTH_DAY}))T${TIME}(?:${ZONE})$`,
);

export const ROLES = [
  'colleague',
  'supervisor',
  'mentor',
  'friend',
  'family',
  'peer-group',
  'professional-org',
  'external-support',
  'online-community',
] as const satisfies readonly Role[];

export const REACH_KINDS = [
  'email',
  'phone',
  'sms',
  'chat',
  'video',
  'web',
  'in-person',
] as const satisfies readonly ReachKind[];

export const CONNECTION_KINDS = [
  'supervision',
  'peer-check-in',
  'peer-group',
  'informal',
  'self-care-together',
  'message',
  'other',
] as const satisfies readonly ConnectionKind[];

// The kinds a version-1 or -2 file can hold; version 3 adds the time-zone question.
export const NUDGE_KINDS_V2 = [
  'wrap-up',
  'boundary',
  'break',
  'check-in-reminder',
  'check-in-prep',
  'check-in-log',
  'reconnect',
  'reflection',
  'gathering-idea',
  'hours-limit',
] as const satisfies readonly NudgeKind[];

export const NUDGE_KINDS = [...NUDGE_KINDS_V2, 'time-zone'] as const satisfies readonly NudgeKind[];

export const ACTIVITY_STATES = [
  'active',
  'idle',
  'locked',
  'clock-in',
  'clock-out',
  'break-start',
  'break-end',
] as const satisfies readonly ActivityState[];
