import { createSignal } from 'solid-js';
import { sensitiveHints, type SensitiveHint } from '../../domain/network/sensitive-note';

/**
 * The pause before saving a note that looks like client data: the first Save stops and
 * names what was found; a second Save with the same warning on screen is the user's
 * informed choice. Editing the note clears the warning.
 */
export function createNoteGuard() {
  const [hints, setHints] = createSignal<SensitiveHint[]>([]);
  return {
    hints,
    clear: () => setHints([]),
    /** True when saving must wait: the note looks risky and the user has not seen why yet. */
    holdsBack(note: string): boolean {
      const risky = sensitiveHints(note);
      if (risky.length === 0 || hints().join() === risky.join()) return false;
      setHints(risky);
      return true;
    },
  };
}
