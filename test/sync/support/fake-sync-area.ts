import type { AreaChange, SyncArea } from '../../../src/sync/sync-area';

// A stand-in for Chrome's storage.sync across several computers. Each computer has its own
// copy of the area, as Chrome does: its writes land there at once and are checked against
// Chrome's quotas there; the sync server takes them when the computer is online (the last
// write of a key to reach it wins), and tells the other computers, which fetch the server's
// value and fire storage.onChanged. Offline, a computer keeps writing to its own copy and
// uploads on reconnecting. Sizes are measured independently of src/sync, as Chrome documents
// them: the key's length plus the JSON of the value. Chrome keeps each value as its own
// dictionary, whose keys are in order: what get and onChanged give has every object's keys
// sorted, whatever order they were written in (checked in Chromium 156), and so does this.

const QUOTA_BYTES = 102_400;
const QUOTA_BYTES_PER_ITEM = 8_192;
const MAX_ITEMS = 512;
const PER_MINUTE = 120;
const PER_HOUR = 1_800;

const bytes = (key: string, json: string) => Buffer.byteLength(key) + Buffer.byteLength(json);

/** `value`'s JSON as Chrome gives it back: every object's keys sorted. */
function asChromeKeeps(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

type Listener = (changes: Record<string, AreaChange>) => void;

/** The browser maker's sync server, shared by every computer's area. */
export class FakeSyncServer {
  readonly data = new Map<string, string>();
  readonly areas: FakeSyncArea[] = [];

  /** A new computer's area, on `now`'s clock. */
  connect(now: () => number): FakeSyncArea {
    const area = new FakeSyncArea(this, now);
    this.areas.push(area);
    for (const key of this.data.keys()) area.dirty.add(key);
    return area;
  }

  /** A computer's write reaching the server: it wins, and the others hear of it. */
  upload(from: FakeSyncArea, key: string, json: string | undefined) {
    if (json === undefined) this.data.delete(key);
    else this.data.set(key, json);
    for (const area of this.areas) if (area !== from) area.dirty.add(key);
  }
}

export class FakeSyncArea implements SyncArea {
  online = true;
  /** This computer's copy of the area, values as JSON. */
  readonly copy = new Map<string, string>();
  /** Keys the server changed that this copy has not fetched yet. */
  readonly dirty = new Set<string>();
  /** Writes made offline, uploaded on reconnecting. */
  private readonly outbox = new Map<string, string | undefined>();
  private pending: Record<string, AreaChange> = {};
  private readonly listeners: Listener[] = [];
  /** When each write operation was made, for the rate limits. */
  readonly writeTimes: number[] = [];
  /** Every error thrown, as Chrome would have. */
  readonly refusals: string[] = [];

  constructor(
    private readonly server: FakeSyncServer,
    private readonly now: () => number,
  ) {}

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.push(listener),
    removeListener: (listener: Listener) => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    },
  };

  private keysOf(keys?: null | string | string[]) {
    if (keys === null || keys === undefined) return [...this.copy.keys()];
    return (typeof keys === 'string' ? [keys] : keys).filter((key) => this.copy.has(key));
  }

  async get(keys?: null | string | string[]) {
    return Object.fromEntries(this.keysOf(keys).map((key) => [key, this.parsed(key)]));
  }

  // Parsed once per value, and frozen: a sync pass that changed what it read would throw.
  private readonly cache = new Map<string, unknown>();
  private parsed(key: string) {
    const json = this.copy.get(key) as string;
    if (!this.cache.has(json)) this.cache.set(json, deepFreeze(JSON.parse(json)));
    return this.cache.get(json);
  }

  async getBytesInUse(keys?: null | string | string[]) {
    return this.keysOf(keys).reduce(
      (sum, key) => sum + bytes(key, this.copy.get(key) as string),
      0,
    );
  }

  private refuse(message: string): never {
    this.refusals.push(message);
    throw new Error(message);
  }

  /** Chrome's limits on write operations: 120 a minute, 1 800 an hour. */
  private countWrite() {
    const now = this.now();
    const inLast = (ms: number) => this.writeTimes.filter((time) => time > now - ms).length;
    if (inLast(60_000) >= PER_MINUTE) this.refuse('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    if (inLast(3_600_000) >= PER_HOUR) this.refuse('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    this.writeTimes.push(now);
  }

  private write(key: string, json: string | undefined) {
    const old = this.copy.get(key);
    if (old === json) return;
    if (json === undefined) this.copy.delete(key);
    else this.copy.set(key, json);
    this.pending[key] = {
      ...(old !== undefined && { oldValue: JSON.parse(old) }),
      ...(json !== undefined && { newValue: JSON.parse(json) }),
    };
    if (this.online) this.server.upload(this, key, json);
    else this.outbox.set(key, json);
  }

  async set(items: Record<string, unknown>) {
    this.countWrite();
    const next = new Map(this.copy);
    for (const [key, value] of Object.entries(items)) {
      const json = asChromeKeeps(value);
      if (bytes(key, json) > QUOTA_BYTES_PER_ITEM)
        this.refuse('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, json);
    }
    if (next.size > MAX_ITEMS) this.refuse('MAX_ITEMS quota exceeded');
    const total = [...next].reduce((sum, [key, json]) => sum + bytes(key, json), 0);
    if (total > QUOTA_BYTES) this.refuse('QUOTA_BYTES quota exceeded');
    for (const [key, value] of Object.entries(items)) this.write(key, asChromeKeeps(value));
  }

  async remove(keys: string | string[]) {
    this.countWrite();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.write(key, undefined);
  }

  goOffline() {
    this.online = false;
  }

  /** Back online: what was written offline reaches the server, and the server's changes come. */
  goOnline() {
    if (this.online) return;
    this.online = true;
    for (const [key, json] of this.outbox) this.server.upload(this, key, json);
    this.outbox.clear();
    for (const key of new Set([...this.server.data.keys(), ...this.copy.keys()])) {
      if (this.server.data.get(key) !== this.copy.get(key)) this.dirty.add(key);
    }
  }

  /**
   * Fetches what the server changed and fires onChanged for it and for this computer's own
   * writes, as Chrome does; offline, nothing comes. Whether an event fired.
   */
  deliver(): boolean {
    if (this.online) {
      for (const key of this.dirty) {
        const json = this.server.data.get(key);
        const old = this.copy.get(key);
        if (json === old) continue;
        if (json === undefined) this.copy.delete(key);
        else this.copy.set(key, json);
        this.pending[key] = {
          ...(old !== undefined && { oldValue: JSON.parse(old) }),
          ...(json !== undefined && { newValue: JSON.parse(json) }),
        };
      }
      this.dirty.clear();
    }
    const changes = this.pending;
    if (Object.keys(changes).length === 0) return false;
    this.pending = {};
    for (const listener of this.listeners) listener(changes);
    return true;
  }

  /** Whether this copy holds what the server holds. */
  matchesServer(): boolean {
    const keys = new Set([...this.server.data.keys(), ...this.copy.keys()]);
    return [...keys].every((key) => this.server.data.get(key) === this.copy.get(key));
  }
}
