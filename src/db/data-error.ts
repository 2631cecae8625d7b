// NewerDatabaseError has a module of its own: the popup's first script needs it (a reply
// from the background may name it) and DataError only once a write fails.
export { NewerDatabaseError } from './newer-database-error';

/** Why a write was refused, as a code a page can word for the user. */
export type DataErrorCode =
  'missing-person' | 'missing-connection' | 'empty-connection' | 'missing-check-in';

/** A write refused because the data it refers to is not (or no longer) there. */
export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    /** The id involved, for the developer's log only; never shown to the user. */
    readonly id: string,
  ) {
    super(`${code}: ${id}`);
    this.name = 'DataError';
  }
}
