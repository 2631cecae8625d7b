import type { BreakKind, CheckInNudgeKind } from './nudge';
import type { NudgeKind } from './types';

/**
 * What a nudge key names, one shape per kind. A key is the nudge's identity: in the log (so
 * it never comes twice), as its notification's id, and in the popup's waiting list; the
 * background reads a notification's id back into this to act on it.
 */
export type NudgeId =
  /** The wrap-up of the shift starting on `date` and ending at `endsAt`. */
  | { kind: 'wrap-up'; date: string; endsAt: number }
  /** Reminder number `slot` after that shift's end. */
  | { kind: 'boundary'; date: string; endsAt: number; slot: number }
  /** Reminder number `count` of a stretch of work that began at `streakStart`. */
  | { kind: 'break'; breakKind: BreakKind; streakStart: number; count: number }
  /** About the occurrence of check-in `checkInId` scheduled for `date` (its own zone). */
  | { kind: CheckInNudgeKind; checkInId: string; date: string }
  /** About person `contactId`, on the local date it came. */
  | { kind: 'reconnect'; contactId: string; date: string }
  /** The week starting on Monday `weekStart`. */
  | { kind: 'reflection'; weekStart: string }
  /** The ISO week ('2026-W48') it came in. */
  | { kind: 'gathering-idea'; week: string }
  /** The day (or the Monday of the week) the limit was reached in. */
  | { kind: 'hours-limit'; limit: 'day' | 'week'; date: string }
  /** Moving the hours from zone `schedule` to zone `user`. */
  | { kind: 'time-zone'; user: string; schedule: string };

/** Every kind of nudge, in the order the settings list them. */
export const NUDGE_KINDS: readonly NudgeKind[] = [
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
  'time-zone',
];

// Parts are joined with ':'. An id can hold any character (a backup may bring 'a:b'), so
// '%' and ':' in a part are written as %25 and %3A: every other key reads as it always did.
function encode(part: string | number): string {
  const text = String(part);
  // Nearly every part has neither: it is its own text, with no new string made.
  if (!text.includes('%') && !text.includes(':')) return text;
  return text.replaceAll('%', '%25').replaceAll(':', '%3A');
}

function decode(part: string): string {
  return part.replaceAll('%3A', ':').replaceAll('%25', '%');
}

function partsOf(id: NudgeId): (string | number)[] {
  switch (id.kind) {
    case 'wrap-up':
      return [id.date, id.endsAt];
    case 'boundary':
      return [id.date, id.endsAt, id.slot];
    case 'break':
      return [id.breakKind, id.streakStart, id.count];
    case 'check-in-reminder':
    case 'check-in-prep':
    case 'check-in-log':
      return [id.checkInId, id.date];
    case 'reconnect':
      return [id.contactId, id.date];
    case 'reflection':
      return [id.weekStart];
    case 'gathering-idea':
      return [id.week];
    case 'hours-limit':
      return [id.limit, id.date];
    case 'time-zone':
      return [id.user, id.schedule];
  }
}

/** The key of a nudge: 'boundary:2026-11-23:<end ms>:1', 'reconnect:<id>:2026-11-23'. */
export function nudgeKey(id: NudgeId): string {
  return [id.kind, ...partsOf(id)].map(encode).join(':');
}

/** The prefix every key of one kind, and of one occurrence, starts with. */
export function keyPrefix(kind: NudgeKind, ...parts: (string | number)[]): string {
  return `${[kind, ...parts].map(encode).join(':')}:`;
}

const number = (part: string | undefined) => (part === undefined ? NaN : Number(part));

function idOf(kind: NudgeKind, parts: string[]): NudgeId | null {
  const [a = '', b = '', c] = parts;
  switch (kind) {
    case 'wrap-up':
      return { kind, date: a, endsAt: number(b) };
    case 'boundary':
      return { kind, date: a, endsAt: number(b), slot: number(c) };
    case 'break':
      return a === 'short' || a === 'long'
        ? { kind, breakKind: a, streakStart: number(b), count: number(c) }
        : null;
    case 'check-in-reminder':
    case 'check-in-prep':
    case 'check-in-log':
      return { kind, checkInId: a, date: b };
    case 'reconnect':
      return { kind, contactId: a, date: b };
    case 'reflection':
      return { kind, weekStart: a };
    case 'gathering-idea':
      return { kind, week: a };
    case 'hours-limit':
      return a === 'day' || a === 'week' ? { kind, limit: a, date: b } : null;
    case 'time-zone':
      return { kind, user: a, schedule: b };
  }
}

/** What a key names, or null for one no Tend wrote (another extension's notification). */
export function readNudgeKey(key: string): NudgeId | null {
  const [kind = '', ...parts] = key.split(':');
  if (!NUDGE_KINDS.includes(kind as NudgeKind)) return null;
  return idOf(kind as NudgeKind, parts.map(decode));
}

/** The kind of nudge a key names, or null. */
export function kindOfKey(key: string): NudgeKind | null {
  return readNudgeKey(key)?.kind ?? null;
}
