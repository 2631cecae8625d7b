import { defaultSettings } from '../../../src/domain/settings';
import type { LocalWrite } from '../../../src/sync/apply';
import { isEcho } from '../../../src/sync/echo';
import { readSince, type SyncData } from '../../../src/sync/engine';
import { newDeviceId } from '../../../src/sync/hlc';
import { asRead, changedNothing, sameAsMarked, type PassMark } from '../../../src/sync/pass-mark';
import { runSync, type SyncRun } from '../../../src/sync/run-sync';
import { connectionsHorizon } from '../../../src/sync/settle';
import { emptyShadow, type Shadow } from '../../../src/sync/shadow';
import { freshBudget, type WriteBudget } from '../../../src/sync/write-budget';
import type { FakeSyncArea, FakeSyncServer } from './fake-sync-area';

/** A computer's synced data as a database would hold it, ready to edit. */
export const emptyData = (): SyncData => ({
  settings: defaultSettings('Europe/London'),
  options: { includeNotes: false },
  contacts: [],
  checkIns: [],
  interactions: [],
});

// After a change or an onChanged event the background waits this long before a pass, so a
// burst of events makes one pass.
const DEBOUNCE_MS = 2_000;

/** One simulated computer: its database, its shadow, its own clock and its copy of the area. */
export class Computer {
  data: SyncData = emptyData();
  shadow: Shadow;
  budget: WriteBudget = freshBudget();
  readonly area: FakeSyncArea;
  /** When the next pass is due, on the world's clock; null: none. */
  dueAt: number | null = null;
  /** Every run, newest last. */
  readonly runs: SyncRun[] = [];
  /** What the last pass that changed nothing was given, as the background keeps it. */
  private marked: PassMark | undefined;
  /** Passes the background would have skipped (each was run, and changed nothing). */
  skippable = 0;

  constructor(
    server: FakeSyncServer,
    private readonly clock: () => number,
    /** How far this computer's clock is off the world's. */
    readonly skew: number,
    random: () => number,
  ) {
    this.area = server.connect(() => this.now());
    this.shadow = emptyShadow(newDeviceId(random));
    this.area.onChanged.addListener((changes) => {
      const last = this.runs.at(-1)?.result;
      if (!last || !isEcho(changes, last)) this.due(DEBOUNCE_MS);
    });
  }

  /** The time on this computer's clock. */
  now() {
    return this.clock() + this.skew;
  }

  /** Asks for a pass after `delay`. */
  due(delay = DEBOUNCE_MS) {
    const at = this.clock() + delay;
    this.dueAt = this.dueAt === null ? at : Math.min(this.dueAt, at);
  }

  /**
   * One pass, as the background will run it; applies its local writes. A pass the background
   * would skip (given what the last one that changed nothing was) is run all the same, and
   * must leave everything as it was: the shadow too.
   */
  async sync(): Promise<SyncRun> {
    this.dueAt = null;
    const since = readSince(this.shadow);
    // The pass never changes the records it is given; the lists are the database's reads.
    const data = {
      ...this.data,
      contacts: [...this.data.contacts],
      checkIns: [...this.data.checkIns],
      interactions: this.data.interactions.filter((interaction) => interaction.at >= since),
    };
    const remote = await this.area.get(null);
    const given: PassMark = {
      // The database's generation changes with every write of these; their content stands in.
      generation: asRead([this.data.contacts, this.data.checkIns, this.data.interactions]),
      settings: asRead(this.data.settings),
      remote: asRead(remote),
      includeNotes: this.data.options.includeNotes,
      version: '1',
    };
    const before = this.shadow;
    const run = await runSync(
      this.area,
      { data, since, shadow: this.shadow, now: this.now(), remote },
      this.budget,
    );
    if (sameAsMarked(this.marked, given)) {
      this.skippable += 1;
      if (!changedNothing(run, before)) {
        throw new Error('a pass the background skips would have changed something');
      }
    }
    this.marked = changedNothing(run, before) ? given : undefined;
    applyWrites(this.data, run.result.local);
    this.shadow = run.result.shadow;
    this.budget = run.budget;
    if (run.retryAt !== null) this.dueAt = run.retryAt - this.skew;
    this.runs.push(run);
    return run;
  }

  /** The connections' horizon as this computer's shadow has it. */
  horizon() {
    return connectionsHorizon(Object.entries(this.shadow.records));
  }
}

/** Applies a pass's local writes to `data`, as the background's transaction will. */
export function applyWrites(data: SyncData, writes: LocalWrite[]) {
  for (const write of writes) {
    if (write.collection === 'settings' || write.collection === 'options') {
      if (write.record) Object.assign(data, { [write.collection]: write.record });
      continue;
    }
    const list = data[write.collection] as { id: string }[];
    const i = list.findIndex((record) => record.id === write.id);
    if (write.record === null) {
      if (i >= 0) list.splice(i, 1);
    } else if (i >= 0) list[i] = write.record;
    else list.push(write.record);
  }
}
