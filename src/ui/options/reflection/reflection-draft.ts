import type { ReflectionItem } from '../../../domain/reflection-validation';
import type { Reflection } from '../../../domain/types';
import { numberOrNull, numberText } from '../../shared/number-field';

/** The reflection form's fields as chosen: each level as text, '' when left out. */
export type ReflectionDraft = Record<ReflectionItem, string> & { note: string };

/** The form's starting values: a saved reflection, or nothing said yet. */
export function reflectionDraft(reflection: Reflection | null): ReflectionDraft {
  return {
    energy: numberText(reflection?.energy),
    stress: numberText(reflection?.stress),
    connected: numberText(reflection?.connected),
    supported: numberText(reflection?.supported),
    note: reflection?.note ?? '',
  };
}

/** The reflection the form describes, with the id, week and creation time it keeps. */
export function reflectionFrom(
  draft: ReflectionDraft,
  kept: Pick<Reflection, 'id' | 'weekStart' | 'createdAt'>,
): Reflection {
  return {
    ...kept,
    energy: numberOrNull(draft.energy),
    stress: numberOrNull(draft.stress),
    connected: numberOrNull(draft.connected),
    supported: numberOrNull(draft.supported),
    note: draft.note.trim(),
  };
}
