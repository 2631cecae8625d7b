import * as v from 'valibot';
import type {
  CheckIn,
  Contact,
  DayException,
  Interaction,
  NudgeKind,
  NudgeLogEntry,
  Reflection,
} from '../types';
import { type ActivityRecord } from './format';

import {
  plainObject,
  object,
  number,
  list,
  id,
  text,
  instant,
  nullableNumber,
  level,
  weekday,
  clockTime,
  localDate,
  ROLES,
  REACH_KINDS,
  CONNECTION_KINDS,
  ACTIVITY_STATES,
} from './schema-parts';

// The lists' records, one schema each.
export const contact = object({
  id,
  name: v.string(),
  isGroup: v.boolean(),
  roles: list(v.picklist(ROLES), ROLES.length),
  reach: list(object({ kind: v.picklist(REACH_KINDS), value: v.string() }), 50),
  // A variant's options must be bare object schemas, so the check for a list goes around it.
  cadence: v.pipe(
    plainObject,
    v.variant('kind', [
      v.object({ kind: v.literal('role-default') }),
      v.object({ kind: v.literal('every'), count: number, unit: v.picklist(['days', 'weeks']) }),
      v.object({ kind: v.literal('never') }),
    ]),
  ),
  availability: v.string(),
  availabilityLevel: nullableNumber,
  trust: v.string(),
  trustLevel: nullableNumber,
  notes: v.string(),
  archived: v.boolean(),
  snoozedUntil: v.nullable(instant),
  lastContactAt: v.nullable(instant),
  createdAt: instant,
  updatedAt: instant,
}) satisfies v.GenericSchema<unknown, Contact>;

export const interaction = object({
  id,
  at: instant,
  contactIds: list(id, 500),
  kind: v.picklist(CONNECTION_KINDS),
  mode: v.picklist(['in-person', 'video', 'phone', 'message']),
  direction: v.picklist(['gave', 'received', 'both']),
  feltBefore: nullableNumber,
  feltAfter: nullableNumber,
  note: v.string(),
}) satisfies v.GenericSchema<unknown, Interaction>;

export const until = v.nullable(localDate);

/**
 * valibot's record passes over the keys `constructor` and `prototype` without a word; neither
 * is a date, so each is refused here as any other key that is not.
 */
export const hiddenKeyCheck = ({
  dataset,
  addIssue,
}: v.RawCheckContext<Record<string, unknown>>) => {
  if (!dataset.typed) return;
  const input = dataset.value;
  for (const key of ['constructor', 'prototype']) {
    if (Object.hasOwn(input, key)) {
      addIssue({ path: [{ type: 'object', origin: 'key', input, key, value: input[key] }] });
      return;
    }
  }
};

export const checkIn = object({
  id,
  title: v.string(),
  kind: v.picklist([
    'supervision',
    'peer-check-in',
    'peer-group',
    'informal',
    'self-care-together',
  ]),
  contactIds: list(id, 500),
  mode: v.picklist(['in-person', 'virtual', 'either']),
  place: v.string(),
  link: text(2000),
  startDate: v.string(),
  startTime: v.string(),
  timeZone: text(100),
  durationMinutes: number,
  recurrence: v.pipe(
    plainObject,
    v.variant('kind', [
      v.object({ kind: v.literal('none') }),
      v.object({
        kind: v.literal('weekly'),
        everyWeeks: number,
        weekdays: list(weekday, 7),
        until,
      }),
      v.object({ kind: v.literal('monthly-date'), day: number, until }),
      v.object({
        kind: v.literal('monthly-weekday'),
        nth: v.picklist([1, 2, 3, 4, 5, -1]),
        weekday,
        until,
      }),
    ]),
  ),
  skipped: list(localDate, 5000),
  moved: v.pipe(plainObject, v.rawCheck(hiddenKeyCheck), v.record(localDate, instant)),
  reminderMinutesBefore: nullableNumber,
  paused: v.boolean(),
}) satisfies v.GenericSchema<unknown, CheckIn>;

export const reflection = object({
  id,
  weekStart: localDate,
  energy: level,
  stress: level,
  connected: level,
  supported: level,
  note: v.string(),
  createdAt: instant,
}) satisfies v.GenericSchema<unknown, Reflection>;

export const dayException = object({
  date: localDate,
  kind: v.picklist(['on-call', 'late-shift']),
  until: v.nullable(clockTime),
}) satisfies v.GenericSchema<unknown, DayException>;

export const activityRecord = object({
  at: instant,
  state: v.picklist(ACTIVITY_STATES),
}) satisfies v.GenericSchema<unknown, ActivityRecord>;

export const nudgeLogEntryOf = (kinds: readonly NudgeKind[]) =>
  object({
    key: v.pipe(v.string(), v.maxLength(1000), v.minLength(1)),
    kind: v.picklist(kinds as NudgeKind[]),
    shownAt: instant,
  }) satisfies v.GenericSchema<unknown, NudgeLogEntry>;
