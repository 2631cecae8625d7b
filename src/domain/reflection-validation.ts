import type { Reflection, ReflectionSettings } from './types';
import { isClockTime } from './clock-time';

/** The four 1–5 items of a weekly reflection, in the order the form asks them. */
export const REFLECTION_ITEMS = ['energy', 'stress', 'connected', 'supported'] as const;

export type ReflectionItem = (typeof REFLECTION_ITEMS)[number];
export type ReflectionField = ReflectionItem | 'note' | 'form';
export type ReflectionErrorCode = 'level-range' | 'text-too-long' | 'empty';

export interface ReflectionError {
  field: ReflectionField;
  code: ReflectionErrorCode;
}

/** The longest note a reflection keeps: a few paragraphs, not a journal. */
export const REFLECTION_NOTE_LIMIT = 2000;

const isLevel = (value: number | null) =>
  value === null || (Number.isInteger(value) && value >= 1 && value <= 5);

/**
 * A reflection with no answer and no note: how a skipped week is stored, so the week's nudge
 * does not come and the list can say the week was let go.
 */
export function isSkipped(reflection: Reflection): boolean {
  return REFLECTION_ITEMS.every((item) => reflection[item] === null) && reflection.note === '';
}

/**
 * What is wrong with a reflection about to be saved; empty when it is fine. Every item may be
 * left out, but not everything: a reflection with nothing in it is a skip, which has its own
 * button. A note that looks like client data is no error: the form warns with sensitiveHints
 * (ui/shared/note-guard.ts) and the user decides.
 */
export function validateReflection(reflection: Reflection): ReflectionError[] {
  const errors: ReflectionError[] = REFLECTION_ITEMS.filter(
    (item) => !isLevel(reflection[item]),
  ).map((item) => ({ field: item, code: 'level-range' }));
  if (reflection.note.length > REFLECTION_NOTE_LIMIT) {
    errors.push({ field: 'note', code: 'text-too-long' });
  }
  if (errors.length === 0 && isSkipped(reflection)) errors.push({ field: 'form', code: 'empty' });
  return errors;
}

export type ReflectionSettingsError =
  { field: 'weekday'; code: 'weekday-range' } | { field: 'time'; code: 'time-format' };

/** What is wrong with when the reflection nudge comes; empty when it can be saved. */
export function validateReflectionSettings(
  settings: ReflectionSettings,
): ReflectionSettingsError[] {
  const errors: ReflectionSettingsError[] = [];
  const { weekday } = settings;
  if (weekday !== null && (!Number.isInteger(weekday) || weekday < 0 || weekday > 6)) {
    errors.push({ field: 'weekday', code: 'weekday-range' });
  }
  if (!isClockTime(settings.time)) errors.push({ field: 'time', code: 'time-format' });
  return errors;
}
