import { AsyncLocalStorage } from 'node:async_hooks';
import {
  IDBDatabase,
  IDBFactory,
  IDBIndex,
  IDBObjectStore,
  forceCloseDatabase,
} from 'fake-indexeddb';
import { wrap } from 'idb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../src/background/register';
import { closeDb } from '../../src/db/open';

/**
 * What every call of a stopped worker meets: nothing it does after the stop reaches the
 * browser or the database, as nothing does once Chrome has stopped a service worker.
 */
export class WorkerStopped extends Error {
  constructor(where: string) {
    super(`the worker was stopped (${where})`);
    this.name = 'WorkerStopped';
  }
}

/** One call the worker (or a page) made to the browser or the database: a place to stop. */
export interface Point {
  /** 1 for the first call counted. */
  index: number;
  /** 'alarms.create', 'nudgeLog.put', 'open tend', ... */
  where: string;
  side: 'worker' | 'page';
}

/** Where to stop: `before` a call is made, or `after` it was made (it reaches the browser). */
export type StopRule = (point: Point) => 'before' | 'after' | undefined;

interface Life {
  side: 'worker' | 'page';
}

const BROWSER_CALLS: Record<string, readonly string[]> = {
  alarms: ['create', 'clear', 'clearAll', 'get', 'getAll'],
  notifications: ['create', 'clear', 'getAll'],
  action: ['setBadgeText', 'setBadgeBackgroundColor', 'setBadgeTextColor', 'setTitle'],
  tabs: ['get', 'update', 'query'],
};
const STORAGE_CALLS = ['get', 'set', 'remove', 'clear'] as const;
const INDEX_CALLS = ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor'] as const;
const STORE_CALLS = ['add', 'put', 'delete', 'clear', 'openKeyCursor', ...INDEX_CALLS] as const;
// Not a cursor's continue: idb recognises those by identity, and a wrapped one breaks it.

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Stops Tend's worker at a chosen call, as Chrome stops a service worker: the calls made so
 * far reach the browser and the database, the worker's open transactions abort, its
 * connection closes, and whatever it still runs meets WorkerStopped. `restart()` is the
 * next worker: a fresh connection (the stopped one's queues have run out on their errors),
 * every listener registered again by the background's own start path.
 *
 * Calls are counted in the worker (what runs inside `worker()`) and, for faults in a page's
 * write, in a page (inside `page()`): a page's call at the stop aborts that page's open
 * transactions, and the page goes on (its write fails and it may try again).
 */
export class WorkerStops {
  readonly points: Point[] = [];
  /** The point the worker was stopped at, once it was. */
  stoppedAt: Point | null = null;
  /** The point a page's transactions were aborted at, once they were. */
  abortedAt: Point | null = null;
  /** Each notification created, by id, in order: how often each nudge was shown. */
  readonly shown: string[] = [];
  private readonly context = new AsyncLocalStorage<Life>();
  private life: Life = { side: 'worker' };
  private readonly pageLife: Life = { side: 'page' };
  private readonly transactions = new Map<Life, Set<IDBTransaction>>();
  private readonly connections = new Set<IDBDatabase>();
  private creating = '';

  constructor(private rule: StopRule = () => undefined) {
    for (const [area, names] of Object.entries(BROWSER_CALLS)) {
      const api = (fakeBrowser as unknown as Record<string, Record<string, AnyFunction>>)[area]!;
      for (const name of names) this.wrap(api, name, `${area}.${name}`);
    }
    for (const area of ['local', 'session'] as const) {
      const api = fakeBrowser.storage[area] as unknown as Record<string, AnyFunction>;
      for (const name of STORAGE_CALLS) this.wrap(api, name, `storage.${area}.${name}`);
    }
    this.wrapDatabase();
    // A page's message starts the worker: its handler runs in the worker.
    const send = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime) as AnyFunction;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((...args: unknown[]) =>
      this.worker(() => send(...args))) as typeof fakeBrowser.runtime.sendMessage);
  }

  /** Stop at the first point `rule` names from now on. */
  stopWhere(rule: StopRule): void {
    this.rule = rule;
  }

  /** Runs `job` as the worker (an event the browser delivers to it). */
  worker<T>(job: () => T): T {
    return this.context.run(this.life, job);
  }

  /** Runs `job` as a page (its own connection, never stopped with the worker). */
  page<T>(job: () => T): T {
    return this.context.run(this.pageLife, job);
  }

  /** The worker the browser starts for the next event, registering its listeners afresh. */
  restart(): void {
    closeDb();
    this.life = { side: 'worker' };
    this.stoppedAt = null;
    for (const event of [
      fakeBrowser.runtime.onInstalled,
      fakeBrowser.runtime.onStartup,
      fakeBrowser.runtime.onMessage,
      fakeBrowser.alarms.onAlarm,
      fakeBrowser.notifications.onClicked,
      fakeBrowser.notifications.onButtonClicked,
      fakeBrowser.tabs.onUpdated,
      fakeBrowser.tabs.onRemoved,
    ]) {
      event.removeAllListeners();
    }
    this.worker(() => registerBackground());
  }

  private wrapDatabase(): void {
    for (const name of STORE_CALLS) {
      const where = function (this: IDBObjectStore) {
        return `${this.name}.${name}`;
      };
      this.wrap(IDBObjectStore.prototype, name, where, undefined, true);
    }
    for (const name of INDEX_CALLS) {
      const where = function (this: IDBIndex) {
        return `${this.objectStore.name}.${this.name}.${name}`;
      };
      this.wrap(IDBIndex.prototype, name, where, undefined, true);
    }
    this.wrap(
      IDBDatabase.prototype,
      'transaction',
      (args) => `transaction ${String(args[0])}`,
      (tx) => this.track(tx as IDBTransaction),
    );
    this.wrap(
      IDBFactory.prototype,
      'open',
      (args) => `open ${String(args[0])}`,
      (request) => this.trackOpen(request as IDBOpenDBRequest),
    );
  }

  private track(tx: IDBTransaction, life = this.context.getStore()): void {
    if (!life) return;
    let live = this.transactions.get(life);
    if (!live) this.transactions.set(life, (live = new Set()));
    live.add(tx);
    const done = () => live.delete(tx);
    tx.addEventListener('complete', done);
    tx.addEventListener('abort', done);
    tx.addEventListener('error', done);
  }

  private trackOpen(request: IDBOpenDBRequest): void {
    const life = this.context.getStore();
    if (life?.side !== 'worker') return;
    // The open was asked for by a worker that may be stopped by the time it answers: its
    // upgrade then aborts, and its connection closes.
    request.addEventListener('upgradeneeded', () => {
      const upgrade = request.transaction;
      if (!upgrade) return;
      if (life === this.life) this.track(upgrade, life);
      // After this event's listeners (idb's runs the migrations), before it can commit.
      else
        queueMicrotask(() => {
          try {
            upgrade.abort();
          } catch {
            // The failed migration aborted it already.
          }
        });
    });
    request.addEventListener('success', () => {
      if (life === this.life) this.connections.add(request.result);
      else forceCloseDatabase(request.result as never);
    });
  }

  private wrap(
    target: object,
    name: string,
    where: string | ((this: never, args: unknown[]) => string),
    issued?: (result: unknown) => void,
    request = false,
  ): void {
    const api = target as Record<string, AnyFunction>;
    const original = api[name];
    if (typeof original !== 'function') return;
    const call = (label: string, args: unknown[], make: () => unknown) => {
      if (label === 'notifications.create') this.creating = String(args[0]);
      return this.call(label, make, issued, request);
    };
    vi.spyOn(api, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
      // fake-indexeddb's own upgrade transaction, made as an open proceeds: no call of Tend's.
      if (args[1] === 'versionchange') return original.apply(this, args);
      const label = typeof where === 'string' ? where : where.call(this as never, args);
      return call(label, args, () => original.apply(this, args));
    } as never);
  }

  private call(
    where: string,
    make: () => unknown,
    issued: ((result: unknown) => void) | undefined,
    request: boolean,
  ): unknown {
    const life = this.context.getStore();
    if (!life) return this.made(make, issued);
    if (life.side === 'worker' && life !== this.life) {
      // A request in a transaction of the stopped worker goes in, to be aborted with it (it
      // never commits): made in the same turn as the stop, its promise still has its reader.
      if (request) return this.made(make, issued);
      throw new WorkerStopped(where);
    }
    const point: Point = { index: this.points.length + 1, where, side: life.side };
    this.points.push(point);
    const when = this.rule(point);
    if (when === 'before') {
      this.stop(point, life);
      throw life.side === 'worker' ? new WorkerStopped(where) : new Error(`aborted (${where})`);
    }
    const result = this.made(make, issued);
    if (where === 'notifications.create') this.shown.push(this.creating);
    if (when === 'after') this.stop(point, life);
    return result;
  }

  private made(make: () => unknown, issued?: (result: unknown) => void): unknown {
    const result = make();
    issued?.(result);
    return result;
  }

  private stop(point: Point, life: Life): void {
    this.rule = () => undefined;
    const live = [...(this.transactions.get(life) ?? [])];
    this.transactions.delete(life);
    const connections = life.side === 'worker' ? [...this.connections] : [];
    if (life.side === 'worker') {
      this.stoppedAt = point;
      this.connections.clear();
      // A new life: every call the stopped worker still makes meets WorkerStopped.
      this.life = { side: 'worker' };
    } else {
      this.abortedAt = point;
    }
    // Once the code running now has made its requests (a stop comes between two turns of
    // the worker, never inside one), its transactions abort and its connection closes.
    queueMicrotask(() => {
      for (const tx of live) {
        // Nobody is left to hear of the abort: the code that would await it was stopped.
        wrap(tx).done.catch(() => undefined);
        try {
          tx.abort();
        } catch {
          // Finished already: committed before the stop.
        }
      }
      for (const connection of connections) forceCloseDatabase(connection as never);
    });
  }
}

/** Lets whatever a stopped worker still runs fail to its end (aborts are queued tasks). */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 50; turn += 1) await new Promise((done) => setImmediate(done));
}
