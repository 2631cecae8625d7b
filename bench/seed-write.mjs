// Loads a profile into Tend's IndexedDB from an open extension page, in the shapes src/db
// writes: faster than an import, for the benchmarks that only need the data there.

/** Empties every store of Tend's database, from an open extension page: a new computer's. */
export async function clearStores(page) {
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) tx.objectStore(store).clear();
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/**
 * Writes the data into Tend's IndexedDB from an open extension page (the database must
 * exist, as after the install wake): every store emptied first, then one transaction per
 * chunk of each store.
 */
export async function writeSeed(page, data, chunkSize = 5000) {
  await clearStores(page);
  const put = (store, records, key) =>
    page.evaluate(
      async ({ store, records, key }) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('tend');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        // Relaxed: no flush to disk per chunk; the benchmark's data need not survive a crash.
        const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
        for (const record of records) {
          if (key === null) tx.objectStore(store).put(record);
          else tx.objectStore(store).put(record, key);
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store, records, key },
    );
  for (const store of ['contacts', 'interactions', 'checkIns', 'activity']) {
    const records = data[store];
    for (let i = 0; i < records.length; i += chunkSize) {
      await put(store, records.slice(i, i + chunkSize), null);
    }
  }
  await put('settings', [data.settings], 'current');
  // A new generation, as every write of people or check-ins in Tend stores one
  // (src/db/generation.ts): a worker still running must not plan from the ones it kept.
  await put('meta', [`bench-${Date.now()}-${Math.random()}`], 'generation');
}
