import type { SyncData } from '../../../src/sync/engine';
import { canonical } from '../../../src/sync/state';
import { Computer } from './computer';
import { FakeSyncServer } from './fake-sync-area';
import { fieldsByRecord, Oracle } from './oracle';

export const START = Date.parse('2026-03-02T09:00:00Z');

/** Several computers sharing one sync server, on one clock the test moves. */
export class World {
  time = START;
  readonly server = new FakeSyncServer();
  readonly computers: Computer[];

  constructor(
    skews: number[],
    random: () => number,
    /** Given when the clocks agree: it checks the end state against the rule itself. */
    readonly oracle: Oracle | null = null,
  ) {
    this.computers = skews.map((skew) => new Computer(this.server, () => this.time, skew, random));
  }

  /** Every computer turns sync on, one after the other. */
  async join() {
    for (const computer of this.computers) {
      this.oracle?.join(fieldsByRecord(computer.data));
      await computer.sync();
      for (const other of this.computers) other.area.deliver();
      this.time += 1_000;
    }
  }

  /**
   * A user's edit on `computer`: the page writes, says `data-changed`, and the background's
   * pass stamps it at once (only its writes to the sync area may wait).
   */
  async edit(computer: Computer, change: (data: SyncData) => void) {
    const before = this.oracle && fieldsByRecord(computer.data);
    change(computer.data);
    if (before)
      this.oracle?.record(before, fieldsByRecord(computer.data), this.time + computer.skew);
    await computer.sync();
    this.time += 1;
  }

  /** Delivers the events waiting and runs the passes due now; whether anything happened. */
  async round() {
    let busy = false;
    for (const computer of this.computers) busy = computer.area.deliver() || busy;
    for (const computer of this.computers) {
      if (computer.dueAt !== null && computer.dueAt <= this.time) {
        await computer.sync();
        busy = true;
      }
    }
    return busy;
  }

  /** Delivers events and runs due passes until nothing is left to do, moving the clock on. */
  async settle(maxRounds = 500) {
    for (let round = 0; round < maxRounds; round++) {
      const busy = await this.round();
      if (!busy) {
        const next = Math.min(...this.computers.map((c) => c.dueAt ?? Infinity));
        if (next === Infinity) return;
        this.time = Math.max(this.time, next);
      } else this.time += 1_000;
    }
    throw new Error(`still syncing after ${maxRounds} rounds`);
  }

  /** Everyone back online, a pass on each, and on until all is quiet. */
  async reconcile() {
    for (const computer of this.computers) {
      computer.area.goOnline();
      computer.due(0);
    }
    await this.settle();
  }
}

/**
 * What must be the same on every computer once they agree: the synced fields of the synced
 * records (connections within the horizon), without what stays local.
 */
export function syncedView(data: SyncData, horizon: number | null) {
  const notes = data.options.includeNotes;
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return canonical({
    settings: { ...data.settings, guard: null },
    options: data.options,
    contacts: byId(data.contacts).map((c) => ({
      ...c,
      snoozedUntil: null,
      notes: notes ? c.notes : null,
    })),
    checkIns: byId(data.checkIns).map((c) => ({ ...c, skipped: [...c.skipped].sort() })),
    interactions: byId(data.interactions)
      .filter((i) => horizon === null || i.at >= horizon)
      .map((i) => ({ ...i, note: notes ? i.note : null })),
  });
}
