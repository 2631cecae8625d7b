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
