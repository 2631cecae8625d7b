import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { presenceNote } from '../../src/storage/presence';
import { getTogether } from '../../src/storage/stored-item';
import { syncChoice } from '../../src/storage/sync';

describe('items read together', () => {
  it('gives each item what it alone would read: its value, or its fallback', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    expect(await getTogether(syncChoice, presenceNote)).toEqual([
      { on: true, includeNotes: false },
      null,
    ]);
    // A note an older Tend stored, of another shape, is none, as presenceNote reads it.
    await fakeBrowser.storage.local.set({ 'tend-presence': { seenAt: 'yesterday' } });
    const seen = { seenAt: 1, seenReal: 1, marks: null };
    await syncChoice.removeValue();
    expect(await getTogether(syncChoice, presenceNote)).toEqual([syncChoice.fallback, null]);
    await presenceNote.setValue(seen);
    expect(await getTogether(syncChoice, presenceNote)).toEqual([syncChoice.fallback, seen]);
  });
});
