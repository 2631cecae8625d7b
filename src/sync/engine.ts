import { applyState, type LocalWrite } from './apply';
import { writesFor } from './area-writes';
import type { SyncOptions, SyncRecords } from './collections';
import { later, tick, type Stamp } from './hlc';
import type { ChangeContext } from './local-changes';
import type { Item } from './pack';
import { readItems } from './read-items';
import { connectionsHorizon, settle } from './settle';
import type { Shadow } from './shadow';
import { latestStamp, own, sameStamps } from './state';
import type { Overflow } from './units';
import { withLocal } from './with-local';
import { DAY_MS } from '../domain/time-units';

/** This computer's synced data, as the database holds it. */
export interface SyncData {
  settings: SyncRecords['settings'];
  options: SyncOptions;
  contacts: SyncRecords['contacts'][];
  checkIns: SyncRecords['checkIns'][];
  interactions: SyncRecords['interactions'][];
}

export interface SyncInput {
  data: SyncData;
  /** `data.interactions` holds every connection from this instant on (see `readSince`). */
  since: number;
  shadow: Shadow;
  /** The whole sync area, as `storage.sync.get(null)` gives it. */
  remote: Record<string, unknown>;
  now: number;
}

export interface SyncResult {
  /** To save, with the local writes, in one transaction. */
  shadow: Shadow;
  /** Items to write to the sync area, and Tend's keys to remove from it. */
  set: Record<string, Item>;
  remove: string[];
  /** Changes to this computer's data. */
  local: LocalWrite[];
  /** What did not fit in the sync area: it stays on this computer. */
  overflow: Overflow[];
  /** What another computer wrote that was skipped, and why. */
  problems: string[];
  /**
   * Those of `problems` that are whole records breaking the rules Tend's forms keep: they stay
   * unused until edited. The rest are mostly passing (a record whose notes came first).
   */
  refused: string[];
  /** This was the computer's first pass: `local` is what joining brought. */
  firstJoin: boolean;
}

/** The instant from which a pass needs this computer's connections. */
export function readSince(shadow: Shadow): number {
  const horizon = connectionsHorizon(Object.entries(shadow.records));
  // A week's margin: the newest connection may be deleted, and the window then reaches back.
  return horizon === null ? -Infinity : horizon - 7 * DAY_MS;
}

/**
 * One sync pass: this computer's changes since the last pass found against the shadow and
 * stamped, merged with what the sync area holds, field by field (the later stamp wins; a
 * tombstone wins over fields stamped before it). Returns what to write where. Pure.
 */
export function syncPass(input: SyncInput): SyncResult {
  const { shadow, now } = input;
  const problems: string[] = [];
  const remote = readItems(input.remote, problems);
  const seen = later(shadow.clock, latestStamp(remote.values()));
  let edit: Stamp | null = null;
  const context: ChangeContext = {
    device: shadow.device,
    notes: input.data.options.includeNotes,
    edit: () => (edit ??= tick(seen, now, shadow.device)),
    examined: (record) => {
      const at = own(record.f, 'at')?.v;
      return typeof at !== 'number' || at >= input.since;
    },
  };
  const { merged, local, projections } = withLocal(input, remote, context);
  const settled = settle(merged, context.notes);
  // The area is rewritten if it lacks anything, or holds anything unreadable.
  const written =
    problems.length === 0 && sameStamps(settled, remote) ? null : writesFor(settled, input.remote);
  const refused: string[] = [];
  const applied = applyState(
    settled,
    { records: local, projections },
    context.notes,
    problems,
    refused,
  );
  return {
    shadow: {
      device: shadow.device,
      // The latest stamp seen or kept. An edit stamp nothing kept (a connection read from
      // the week before the window, then left out as older than it) does not count: else
      // every pass over such connections moved the clock on and changed the shadow.
      clock: later(seen, latestStamp(settled.values())),
      records: applied.records,
    },
    ...(written ?? { set: {}, remove: [], overflow: [] }),
    local: applied.writes,
    problems,
    refused,
    firstJoin: shadow.clock === null,
  };
}
