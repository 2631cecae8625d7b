/**
 * A save refused because the record changed elsewhere (another tab or window, the
 * background) since the form was opened: nothing was written. `theirs` is the record as it is
 * stored now, null when it was deleted; the page shows it and lets the user choose.
 */
export class EditConflict<T = unknown> extends Error {
  constructor(readonly theirs: T | null) {
    super('it was changed elsewhere after it was opened; nothing was saved');
    this.name = 'EditConflict';
  }
}

/** Equal as stored data: the same fields with equal values, whatever their order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameData(left[key], right[key]));
}

/** `record` without the fields other code keeps in step and a form never edits. */
function edited<T extends object>(record: T | null | undefined, kept: readonly (keyof T)[]) {
  if (!record) return null;
  const copy: Partial<T> = { ...record };
  for (const key of kept) delete copy[key];
  return copy;
}

/**
 * In the save's own transaction, before it writes: the record as stored must still be the
 * one the form opened (`opened`; null: the form added a new one, so none may be stored). If
 * it changed elsewhere, EditConflict with the stored one. `opened` undefined: no form opened
 * it (an undo putting back what it took), nothing to compare. Only the fields the user edits
 * count: `kept` names those other code changes in step (a person's last contact, say).
 */
export function requireUnchanged<T extends object>(
  stored: T | undefined,
  opened: T | null | undefined,
  kept: readonly (keyof T)[] = [],
): void {
  if (opened === undefined) return;
  if (!sameData(edited(stored, kept), edited(opened, kept))) {
    throw new EditConflict<T>(stored ?? null);
  }
}

/**
 * "Use mine" after a conflict: their record, with every field the user changed in the form
 * (mine differs from what was opened) put over theirs. A field only they changed keeps
 * their change; one both changed takes mine. Deleted elsewhere: mine as it is.
 */
export function mineOverTheirs<T extends object>(mine: T, opened: T | null, theirs: T | null): T {
  if (theirs === null) return mine;
  const merged: T = { ...theirs };
  for (const key of Object.keys(mine) as (keyof T)[]) {
    if (opened === null || !sameData(mine[key], opened[key])) merged[key] = mine[key];
  }
  return merged;
}
