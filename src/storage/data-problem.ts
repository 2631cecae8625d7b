import { defineStored } from './stored-item';

/**
 * Why the background cannot reach the user's data, when it cannot: the database was opened by
 * a newer Tend (this one was downgraded). `since` is when a wake first found it.
 */
export interface DataProblem {
  problem: 'newer-database';
  since: number;
}

function isDataProblem(value: unknown): value is DataProblem {
  const note = value as Partial<DataProblem> | undefined;
  return note?.problem === 'newer-database' && typeof note.since === 'number';
}

/**
 * The background's note of a problem with the data (only it writes it; the next wake that
 * opens the database removes it). In storage.local, so a page can say why at once, without
 * opening the database itself. No backup holds it.
 */
export const dataProblem = defineStored<DataProblem | null>('local', 'tend-data-problem', {
  fallback: null,
  accepts: isDataProblem,
});
