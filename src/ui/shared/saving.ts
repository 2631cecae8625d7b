import { createSignal } from 'solid-js';
import { EditConflict, mineOverTheirs } from '../../db/edit-conflict';
import { t } from '../../i18n';
import { errorText } from './format';

/**
 * A form's save: whether one is being written, and why the last one failed. A failed save
 * leaves the form as typed, so the message says nothing changed. A save refused because
 * the record changed elsewhere is a `conflict`, for the user to choose over.
 */
export function createSaving() {
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [conflict, setConflict] = createSignal<EditConflict | null>(null);
  return {
    busy,
    failure,
    conflict,
    /** Takes the last failure off the screen, as a new attempt begins. */
    clear: () => {
      setFailure(null);
      setConflict(null);
    },
    /** Writes with `save`; a failure is shown, not thrown. */
    async run(save: () => Promise<void>): Promise<void> {
      // The button stays enabled (aria-disabled) so focus stays on it: a second press waits.
      if (busy()) return;
      setBusy(true);
      try {
        await save();
      } catch (error) {
        if (error instanceof EditConflict) setConflict(error);
        else setFailure(t('saveFailedNothingChanged', [errorText(error)]));
      } finally {
        setBusy(false);
      }
    },
  };
}

export type Saving = ReturnType<typeof createSaving>;

/**
 * A form's save of one record that carries the record as the form opened it (`opened`; null
 * for a new one), so a save over a change made elsewhere since is refused, not silent.
 * `useMine` saves the fields the user changed over theirs, and from then on carries theirs.
 */
export function createCheckedSave<T extends object>(
  saving: Saving,
  opened: T | null,
  onSave: (record: T, opened: T | null) => Promise<void>,
) {
  let base = opened;
  let mine: T | null = null;
  const save = (record: T) => {
    mine = record;
    const carried = base;
    return saving.run(() => onSave(record, carried));
  };
  return {
    save,
    /** What the form opened, as the conflict compares it with theirs. */
    opened: () => base,
    /** Whether there is a record of the user's to put over theirs (not after a skip). */
    hasMine: () => mine !== null,
    /** A write of another kind (a skip) comes next: no record of the form's is at stake. */
    forget: () => void (mine = null),
    async useMine(): Promise<void> {
      const conflict = saving.conflict();
      if (!conflict || !mine) return;
      const theirs = conflict.theirs as T | null;
      const merged = mineOverTheirs(mine, base, theirs);
      base = theirs;
      saving.clear();
      await save(merged);
    },
  };
}
