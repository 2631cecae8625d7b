/** One occurrence of a check-in, pinned to instants. */
export interface Occurrence {
  checkInId: string;
  /** The local date it was scheduled for in the check-in's zone (its id among occurrences). */
  date: string;
  start: number;
  end: number;
  /** Moved from its usual time by the user. */
  moved: boolean;
}
