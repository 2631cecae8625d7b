/**
 * The database was last opened by a newer Tend (this one was downgraded): its data is in a
 * shape this Tend does not know, so it is left exactly as it is. A page words it with
 * `messageKey`; the background keeps waking, less often, until Tend is updated.
 */
export class NewerDatabaseError extends Error {
  /** The catalogue's words for the user. */
  readonly messageKey = 'errorNewerDatabase' as const;

  constructor(
    /** The version this Tend opens, for the developer's log (unknown to a page told so). */
    readonly known?: number,
  ) {
    super(
      known === undefined
        ? 'the database is newer than this Tend opens'
        : `the database is newer than version ${known}, the newest this Tend opens`,
    );
    this.name = 'NewerDatabaseError';
  }
}
