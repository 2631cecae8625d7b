import { DATA_CHANGES, type DataChange } from '../messages';
import { defineStored } from './stored-item';

/**
 * The last change a page wrote: what it was, which page (an id each page draws as it starts)
 * and a fresh `change` id, so that the same change twice is still a change. No names, no
 * values: other open pages only learn that they should read their data again.
 */
export interface DataChangedNote {
  what: DataChange;
  page: string;
  change: string;
}

function isNote(value: unknown): value is DataChangedNote {
  const note = value as Partial<DataChangedNote> | undefined;
  return (
    typeof note?.page === 'string' &&
    typeof note.change === 'string' &&
    (DATA_CHANGES as readonly unknown[]).includes(note.what)
  );
}

/** In storage.local: every open page of Tend hears of it through storage.onChanged. */
export const dataChanged = defineStored<DataChangedNote | null>('local', 'tend-data-changed', {
  fallback: null,
  accepts: isNote,
});
