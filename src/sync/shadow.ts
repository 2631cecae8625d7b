import type { Stamp } from './hlc';
import type { Fields, RecordState } from './state';

/** What the shadow keeps of one record beside its merged state. */
export interface ShadowRecord extends RecordState {
  /** This computer holds the record, so its absence from the database is a deletion. */
  held?: true;
  /**
   * The record's fields as this computer holds them, when they differ from the merged ones:
   * it could not take those (another computer's newer shape). Local edits are found
   * against these.
   */
  local?: Fields;
}

/**
 * The sync layer's own record of what was synced, so Tend's records need no new fields:
 * every synced field's stamp and value, tombstones, and this computer's clock and id.
 * Saved beside the data (the meta store) after every pass.
 */
export interface Shadow {
  /** This computer's id in stamps, made once when sync is turned on. */
  device: string;
  /** The latest stamp this computer has made or seen; null before the first pass. */
  clock: Stamp | null;
  /** By record key, `<collection code>:<id>`. */
  records: Record<string, ShadowRecord>;
}

/** The shadow of a computer that has never synced. */
export const emptyShadow = (device: string): Shadow => ({ device, clock: null, records: {} });
