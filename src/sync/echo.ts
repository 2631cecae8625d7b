import type { SyncResult } from './engine';
import { PREFIX } from './limits';
import type { AreaChange } from './sync-area';

/**
 * Whether a `storage.onChanged` report is only the echo of this computer's own last writes
 * (`last`, the pass that made them): the browser reports those too, and they need no pass.
 * Changes to other keys than Tend's are no news for sync either.
 */
export function isEcho(
  changes: Record<string, AreaChange>,
  last: Pick<SyncResult, 'set' | 'remove'>,
) {
  return Object.entries(changes).every(([key, change]) => {
    if (!key.startsWith(PREFIX)) return true;
    if (Object.hasOwn(last.set, key)) {
      return JSON.stringify(change.newValue) === JSON.stringify(last.set[key]);
    }
    return last.remove.includes(key) && change.newValue === undefined;
  });
}
