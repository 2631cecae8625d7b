import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { exportBackup } from '../../src/db/backup';
import { migrations } from '../../src/db/migrations';
import { unshownNudges } from '../../src/db/nudge-log';
import { closeDb, openDatabase, type TendDatabase } from '../../src/db/open';
import { loadPlannerState } from '../../src/db/planner-state';
import { DB_NAME } from '../../src/db/schema';
import { workedToday } from '../../src/domain/worked-today';
import { send, type DataChange } from '../../src/messages';
import { waitingList } from '../../src/storage/waiting';
import { fireAlarm, nextAlarm, wakeAlarms } from './alarms';
import { installFakeIdle } from './fake-idle';
import { installCatalogue } from './i18n';
import { settle, WorkerStops } from './worker-stop';

/**
 * What a page does after it wrote (src/ui/shared/write.ts): tells the background, which plans
 * again; a background that cannot answer (stopped) plans at its next wake.
 */
async function tell(what: DataChange): Promise<void> {
  await send('data-changed', { what }).catch(() => undefined);
}

/** What the suite looks at once a run is over. */
export interface Observed {
  /** Every record a backup holds but the nudge log (which wakes at other times may differ in). */
  records: string;
  /** The database's version: a stopped migration must not leave it half-way. */
  version: number;
  /** Time worked today, by the computer's clock at the end. */
  workedMs: number;
  wakeAlarms: number;
  /** Nudges claimed in the log and never shown. */
  unshown: string[];
  waiting: string[];
}

/**
 * One browser profile with Tend in it, for the fault suite: a worker that can be stopped
 * (WorkerStops), a page with its own connection to the database, the browser's alarms firing
 * as Chrome fires them, and a user who tries again a write that failed.
 */
export class World {
  readonly stops = new WorkerStops();
  /** Page writes that failed (the page said so) and the user will make again. */
  readonly failedWrites: (() => Promise<void>)[] = [];
  private pageDb: TendDatabase | null = null;

  /** A fresh profile: no database, no storage, no alarms; Tend's background started. */
  static async fresh(): Promise<World> {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    vi.restoreAllMocks();
    installCatalogue();
    installFakeIdle('active');
    for (const level of ['error', 'warn', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation(() => undefined);
    }
    const world = new World();
    world.stops.restart();
    return world;
  }

  /** The page's own connection (a page is not stopped with the worker). */
  async page(): Promise<TendDatabase> {
    this.pageDb ??= await openDatabase(DB_NAME, migrations);
    return this.pageDb;
  }

  /**
   * A page writes and tells the background, as Tend's pages do (write.ts, but through the
   * page's own connection: a page's is not the worker's). A write that fails is shown to the
   * user as failed, and they make it again later (`recover`).
   */
  async pageWrite(write: (db: TendDatabase) => Promise<unknown>, what: DataChange) {
    const db = await this.page();
    const once = () =>
      this.stops.page(async () => {
        await write(db);
        await tell(what);
      });
    await once().catch(() => this.failedWrites.push(once));
  }

  /** A page asks the background to plan again (`data-changed`), as after any write. */
  message(what: DataChange): Promise<void> {
    return this.stops.page(() => tell(what));
  }

  /** The alarm due next fires (as Chrome fires it), delivered to the worker. */
  async fireNext(until = Infinity): Promise<boolean> {
    const alarm = await nextAlarm(until);
    if (!alarm) return false;
    await this.fire(alarm);
    return true;
  }

  /** `alarm` fires, delivered to the worker; a worker stopped meanwhile just stops. */
  async fire(alarm: Browser.alarms.Alarm): Promise<void> {
    await fireAlarm(alarm, (fire) => this.stops.worker(fire).catch(() => undefined));
    await settle();
  }

  /** The wake alarm fires. */
  async fireWake(): Promise<void> {
    const [alarm] = await wakeAlarms();
    if (!alarm) throw new Error('no wake alarm to fire');
    await this.fire(alarm);
  }

  /**
   * After a run: the browser starts a new worker for the next event, the user makes again
   * what failed, and every alarm due until `until` fires, in order.
   */
  async recover(until: number): Promise<void> {
    if (this.stops.stoppedAt) this.stops.restart();
    for (const write of this.failedWrites.splice(0)) await write();
    await settle();
    while (await this.fireNext(until));
    vi.setSystemTime(Math.max(Date.now(), until));
  }

  /** What the user and the data show now. */
  async observe(): Promise<Observed> {
    // The version as the worker left it, before this look opens (and so upgrades) it.
    const version = (await indexedDB.databases()).find(({ name }) => name === DB_NAME)?.version;
    const db = await openDatabase(DB_NAME, migrations);
    try {
      const backup = await exportBackup(db, new Date(0));
      const now = new Date();
      const state = await loadPlannerState(db, now);
      return {
        records: JSON.stringify({ ...backup, nudgeLog: undefined, exportedAt: undefined }),
        version: version ?? 0,
        workedMs: workedToday(state, now).workedMs,
        wakeAlarms: (await wakeAlarms()).length,
        unshown: (await unshownNudges(db, 0)).map(({ nudge }) => nudge.key),
        waiting: (await waitingList.getValue()).map((item) => item.key),
      };
    } finally {
      db.close();
    }
  }

  /** The wake alarms the browser holds now (the stopped worker's legacy). */
  async wakeAlarmCount(): Promise<number> {
    return (await fakeBrowser.alarms.getAll()).filter(({ name }) => name === WAKE_ALARM).length;
  }
}
