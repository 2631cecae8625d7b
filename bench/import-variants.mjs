// Functions handed to page.evaluate run in the extension's page, with its globals.
// What an import's write would cost under other schemas and ways of writing: `node
// bench/import-variants.mjs [--rounds=5] [--only=full,packed]` puts the seed backup's records
// into a throwaway database of the extension's origin, once per variant (the variants in turn,
// the order reversed every other round, so a busy moment of this shared machine falls on
// each), and prints each variant's median with when the last request was issued and answered.
// The figures behind issue 15's import note: each request costs about the same whatever its
// size, indexes or durability, and only fewer requests (records packed together) make the
// write much faster. Needs a production build (npm run build); writes nothing.
import { loadavg } from 'node:os';
import { openBench } from './lib/extension.mjs';
import { median, round } from './lib/stats.mjs';
import { seedBackup, seedData, validate } from './seed.mjs';

/** Tend's indexes, store by store, as src/db/migrations.ts makes them (version 2). */
const INDEXES = {
  contacts: [
    ['by-name', 'name'],
    ['by-lastContactAt', 'lastContactAt'],
  ],
  interactions: [
    ['by-at', 'at'],
    ['by-contact', 'contactIds', { multiEntry: true }],
    ['by-kind-at', ['kind', 'at']],
  ],
  checkIns: [['by-startDate', 'startDate']],
  activity: [['by-at', 'at']],
  nudgeLog: [['by-shownAt', 'shownAt']],
  reflections: [['by-weekStart', 'weekStart', { unique: true }]],
};

const without = (store, name) => ({
  ...INDEXES,
  [store]: INDEXES[store].filter(([index]) => index !== name),
});
const noIndexes = Object.fromEntries(Object.keys(INDEXES).map((store) => [store, []]));

/** What each variant changes from Tend's import: one strict transaction, every put at once. */
const VARIANTS = {
  full: { indexes: INDEXES },
  relaxed: { indexes: INDEXES, durability: 'relaxed' },
  'no interactions by-at': { indexes: without('interactions', 'by-at') },
  'no interactions by-contact': { indexes: without('interactions', 'by-contact') },
  'no interactions by-kind-at': { indexes: without('interactions', 'by-kind-at') },
  'no activity by-at': { indexes: without('activity', 'by-at') },
  'no unused (people and check-ins)': { indexes: { ...INDEXES, contacts: [], checkIns: [] } },
  'no indexes': { indexes: noIndexes },
  'no indexes and ids only': { indexes: noIndexes, idsOnly: true },
  'add instead of put': { indexes: INDEXES, add: true },
  'chunks of 1000': { indexes: INDEXES, chunk: 1000 },
  'a transaction per store': { indexes: INDEXES, perStore: true },
  'packed 1000 a record': { indexes: INDEXES, packed: 1000 },
};

/**
 * In the page: the backup (`window.__variantBackup`) written to a new database with the
 * variant's indexes. Returns the milliseconds to the last request issued, to its success and
 * to the transaction's complete event.
 */
async function writeVariant({ variant, dbName }) {
  const backup = window.__variantBackup;
  const request = (made) =>
    new Promise((resolve, reject) => {
      made.onsuccess = () => resolve(made.result);
      made.onerror = () => reject(made.error);
    });
  await request(indexedDB.deleteDatabase(dbName));
  const opening = indexedDB.open(dbName, 1);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    db.createObjectStore('settings');
    db.createObjectStore('meta');
    for (const [name, indexes] of Object.entries(variant.indexes)) {
      const packed = variant.packed && (name === 'interactions' || name === 'activity');
      const keyPath = name === 'nudgeLog' ? 'key' : 'id';
      const store = db.createObjectStore(
        name,
        packed ? {} : { keyPath, autoIncrement: name === 'activity' },
      );
      if (!packed)
        for (const [index, path, options] of indexes) store.createIndex(index, path, options);
    }
  };
  const db = await request(opening);
  // Each write as [store, put], in the order Tend's import issues them.
  const writes = [['settings', (s) => s.put(backup.settings, 'current')]];
  const put = (s, record) => (variant.add ? s.add(record) : s.put(record));
  for (const name of ['contacts', 'interactions', 'checkIns', 'reflections', 'nudgeLog']) {
    if (name === 'interactions' && variant.packed) continue;
    for (const record of backup[name]) {
      writes.push([name, (s) => put(s, variant.idsOnly ? { id: record.id } : record)]);
    }
  }
  if (variant.packed) {
    for (let at = 0; at < backup.interactions.length; at += variant.packed) {
      const part = backup.interactions.slice(at, at + variant.packed);
      writes.push(['interactions', (s) => s.put(part, at)]);
    }
    writes.push(['activity', (s) => s.put(backup.activity, 0)]);
  } else {
    for (const record of backup.activity) writes.push(['activity', (s) => s.add({ ...record })]);
  }
  for (const exception of backup.dayExceptions) {
    writes.push(['meta', (s) => s.put(exception, `exception:${exception.date}`)]);
  }
  const complete = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
  const stores = [...new Set(writes.map(([name]) => name))];
  const durability = variant.durability ?? 'strict';
  const started = performance.now();
  let issuedMs = null;
  let answeredMs = null;
  if (variant.perStore) {
    for (const name of stores) {
      const tx = db.transaction(name, 'readwrite', { durability });
      for (const [store, write] of writes) if (store === name) write(tx.objectStore(store));
      await complete(tx);
    }
  } else {
    const tx = db.transaction(stores, 'readwrite', { durability });
    const step = variant.chunk ?? writes.length;
    for (let at = 0; at < writes.length; at += step) {
      const last = writes
        .slice(at, at + step)
        .map(([store, write]) => write(tx.objectStore(store)))
        .at(-1);
      issuedMs = performance.now() - started;
      await request(last);
      answeredMs = performance.now() - started;
    }
    await complete(tx);
  }
  const completeMs = performance.now() - started;
  db.close();
  await request(indexedDB.deleteDatabase(dbName));
  return { issuedMs, answeredMs, completeMs };
}

function options(argv) {
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const only = value('only')?.split(',') ?? Object.keys(VARIANTS);
  const unknown = only.filter((name) => !(name in VARIANTS));
  if (unknown.length > 0) throw new Error(`unknown variant(s): ${unknown.join(', ')}`);
  return { rounds: Number(value('rounds') ?? 5), only };
}

async function main() {
  const { rounds, only } = options(process.argv.slice(2));
  const now = Date.now();
  const backup = seedBackup(now, validate(seedData(now), now));
  const lists = ['contacts', 'interactions', 'checkIns', 'reflections', 'activity', 'nudgeLog'];
  console.log(lists.map((name) => `${name} ${backup[name].length}`).join(', '));
  const bench = await openBench();
  try {
    await bench.control.evaluate((b) => (window.__variantBackup = b), backup);
    const runs = Object.fromEntries(only.map((name) => [name, []]));
    for (let turn = 0; turn < rounds; turn += 1) {
      for (const name of turn % 2 === 0 ? only : [...only].reverse()) {
        const dbName = `tend-variant-${name.replace(/\W+/g, '-')}`;
        const run = await bench.control.evaluate(writeVariant, { variant: VARIANTS[name], dbName });
        runs[name].push(run);
        console.warn(
          `${turn} ${name}: ${round(run.completeMs)} ms, load ${loadavg()[0].toFixed(1)}`,
        );
      }
    }
    console.log(
      '\nvariant                          complete   last issued   last answered   (medians, ms)',
    );
    for (const [name, list] of Object.entries(runs)) {
      const middle = (key) =>
        list[0][key] === null ? '' : round(median(list.map((r) => r[key])), 0);
      const cells = [middle('completeMs'), middle('issuedMs'), middle('answeredMs')];
      console.log(`${name.padEnd(32)} ${cells.map((c) => String(c).padStart(8)).join('      ')}`);
    }
  } finally {
    await bench.close();
  }
}

await main();
