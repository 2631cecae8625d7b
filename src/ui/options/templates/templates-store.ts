import { updateSettings } from '../../../db/settings';
import type { Purpose, Templates } from '../../../domain/compose';
import { ownTemplates } from '../../../domain/templates-validation';
import { defaultTemplates } from '../../popup/default-templates';
import { write } from '../../shared/write';

/** Writes only the templates, as null when they all read as suggested; returns what was there. */
export async function storeTemplates(
  change: (current: Templates) => Templates,
): Promise<Templates | null> {
  const defaults = defaultTemplates();
  let previous: Templates | null = null;
  await write('settings', (db) =>
    updateSettings(db, (current) => {
      previous = current.templates;
      return {
        ...current,
        templates: ownTemplates(change(current.templates ?? defaults), defaults),
      };
    }),
  );
  return previous;
}

/** Back to the suggested text for `purposes`; returns what was there, for the way back. */
export function resetTemplates(purposes: readonly Purpose[]): Promise<Templates | null> {
  const defaults = defaultTemplates();
  return storeTemplates((current) => {
    const next = { ...current };
    for (const purpose of purposes) next[purpose] = defaults[purpose];
    return next;
  });
}

/** Puts back exactly what a reset replaced, null (the catalogue's) included. */
export async function restoreTemplates(previous: Templates | null): Promise<void> {
  await write('settings', (db) =>
    updateSettings(db, (current) => ({ ...current, templates: previous })),
  );
}
