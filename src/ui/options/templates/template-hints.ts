import { createStore, reconcile } from 'solid-js/store';
import { PURPOSES, type Purpose, type Templates } from '../../../domain/compose';
import type { SensitiveHint } from '../../../domain/network/sensitive-note';
import { templateHints } from '../../../domain/network/sensitive-note';

type Hints = Record<Purpose, SensitiveHint[]>;

const noHints = (): Hints => ({
  'check-in': [],
  'thank-you': [],
  invite: [],
  supervision: [],
  'offer-support': [],
});

/**
 * The warnings shown about templates that look like client data. A save is held back once
 * for warnings the user has not seen; a second Save with the same warnings on screen goes
 * ahead.
 */
export function createTemplateHints() {
  // What a held-back save showed.
  const [hints, setHints] = createStore<Hints>(noHints());
  return {
    hints,
    /** The template for `purpose` changed (edited or reset): its warnings go. */
    clear: (purpose: Purpose) => setHints(purpose, []),
    any: () => PURPOSES.some((purpose) => hints[purpose].length > 0),
    /**
     * Shows the warnings about `templates`. When some are new to the user the save must
     * wait: then the first purpose with a warning, where the focus goes; else null.
     */
    holdBack(templates: Templates): Purpose | null {
      const found = noHints();
      for (const purpose of PURPOSES) found[purpose] = templateHints(templates[purpose]);
      const unseen = PURPOSES.some(
        (purpose) => found[purpose].length > 0 && found[purpose].join() !== hints[purpose].join(),
      );
      setHints(reconcile(found));
      if (!unseen) return null;
      return PURPOSES.find((purpose) => found[purpose].length > 0) ?? null;
    },
  };
}
