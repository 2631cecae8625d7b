import type { Settings } from '../domain/types';
import { allStores, type AllStores } from './backup';
import { recomputeLastContact, type ImportUndo } from './backup-import';
import { commitOrAbort } from './commit-or-abort';
import { deleteMeta, putMeta } from './meta-store';
import { exceptionKey } from './meta-values';
import type { TendDatabase } from './open';
import { completed, noteOfChange, SETTINGS_KEY } from './settings';

/** A record (or a part of the settings) changed after the import, which its Undo left alone. */
export interface KeptRecord {
  kind: 'contact' | 'connection' | 'check-in' | 'reflection' | 'settings';
  /** A name, a title, a note, a week, or the settings part's key. */
  label: string;
}

/** How an Undo went: what it left alone because it changed after the import. */
export interface UndoResult {
  kept: KeptRecord[];
}

// The same value whatever the order of its keys (a form may rebuild a record in its own).
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

interface Sorting<T> {
  store: { get(key: string): Promise<T | undefined> };
  keys: readonly string[];
  wrote: readonly T[];
  keyOf: (record: T) => string;
  kind: KeptRecord['kind'];
  label: (record: T) => string;
  /** What counts as the user's change (a derived field does not). */
  shape?: (record: T | undefined) => unknown;
}

/** The keys still as the import left them (Undo may take them back); the rest, kept. */
async function sortOut<T>(sorting: Sorting<T>, kept: KeptRecord[]): Promise<Set<string>> {
  const { store, keys, wrote, keyOf, kind, label, shape = (record) => record } = sorting;
  const written = new Map(wrote.map((record) => [keyOf(record), record]));
  const free = new Set<string>();
  const unique = [...new Set(keys)];
  // All asked at once: one by one, an import of 20 000 connections took 20 000 round trips.
  const stored = await Promise.all(unique.map((key) => store.get(key)));
  for (const [index, key] of unique.entries()) {
    const current = stored[index];
    const left = written.get(key);
    if (same(shape(current), shape(left))) free.add(key);
    else kept.push({ kind, label: label((current ?? left)!) });
  }
  return free;
}

// Each part of the settings goes back unless it changed after the import (the muted kinds,
// say, turned off from a notification since).
function settingsBack(current: Settings, undo: ImportUndo, kept: KeptRecord[]): Settings {
  const restored: Record<string, unknown> = { ...current };
  for (const key of Object.keys(undo.settings) as (keyof Settings)[]) {
    if (same(current[key], undo.wrote.settings[key])) restored[key] = undo.settings[key];
    else if (!same(current[key], undo.settings[key])) kept.push({ kind: 'settings', label: key });
  }
  return restored as unknown as Settings;
}

/**
 * Undo of an import, in one transaction: each record it added is deleted and each it
 * overwrote is put back, but only while the record still holds what the import wrote; one
 * changed since is left as it is and named in the answer. The same for each part of the
 * settings. Work time, nudges and day exceptions are taken back as before (the user does
 * not edit the imported ones in place). A connection logged since with someone the import
 * brought in (and who goes) loses that person, and goes when nobody is left in it.
 */
export async function undoImport(
  db: TendDatabase,
  undo: ImportUndo,
  at: number = Date.now(),
): Promise<UndoResult> {
  const tx = allStores(db, 'readwrite');
  return commitOrAbort(tx, async () => {
    const { added, replaced, wrote } = undo;
    const kept: KeptRecord[] = [];
    const byId = (one: { id: string }) => one.id;
    const free = {
      contacts: await sortOut(
        {
          store: tx.objectStore('contacts'),
          keys: [...added.contacts, ...replaced.contacts.map(byId)],
          wrote: wrote.contacts,
          keyOf: byId,
          kind: 'contact',
          label: (one) => one.name,
          // The last contact follows the connections and is recomputed below.
          shape: (one) => one && { ...one, lastContactAt: null },
        },
        kept,
      ),
      interactions: await sortOut(
        {
          store: tx.objectStore('interactions'),
          keys: [...added.interactions, ...replaced.interactions.map(byId)],
          wrote: wrote.interactions,
          keyOf: byId,
          kind: 'connection',
          label: (one) => one.note,
        },
        kept,
      ),
      checkIns: await sortOut(
        {
          store: tx.objectStore('checkIns'),
          keys: [...added.checkIns, ...replaced.checkIns.map(byId)],
          wrote: wrote.checkIns,
          keyOf: byId,
          kind: 'check-in',
          label: (one) => one.title,
        },
        kept,
      ),
      reflections: await sortOut(
        {
          store: tx.objectStore('reflections'),
          keys: [...added.reflections, ...replaced.reflections.map(byId)],
          wrote: wrote.reflections,
          keyOf: byId,
          kind: 'reflection',
          label: (one) => one.weekStart,
        },
        kept,
      ),
    };
    const current = completed(await tx.objectStore('settings').get(SETTINGS_KEY));
    const settings = settingsBack(current, undo, kept);
    const change = noteOfChange(current.schedule, settings.schedule, at);
    if (change) await putMeta(tx.objectStore('meta'), 'schedule-change', change);
    const gone = added.contacts.filter((id) => free.contacts.has(id));
    await Promise.all([
      ...gone.map((id) => tx.objectStore('contacts').delete(id)),
      ...added.interactions
        .filter((id) => free.interactions.has(id))
        .map((id) => tx.objectStore('interactions').delete(id)),
      ...added.checkIns
        .filter((id) => free.checkIns.has(id))
        .map((id) => tx.objectStore('checkIns').delete(id)),
      ...added.reflections
        .filter((id) => free.reflections.has(id))
        .map((id) => tx.objectStore('reflections').delete(id)),
      ...added.nudgeLog.map((key) => tx.objectStore('nudgeLog').delete(key)),
      ...added.dayExceptions.map((date) => deleteMeta(tx.objectStore('meta'), exceptionKey(date))),
      ...added.activity.map((key) => tx.objectStore('activity').delete(key)),
    ]);
    await dropGone(tx, gone);
    const freeOf = <T extends { id: string }>(list: T[], keys: Set<string>) =>
      list.filter((one) => keys.has(one.id));
    await Promise.all([
      tx.objectStore('settings').put(settings, SETTINGS_KEY),
      ...freeOf(replaced.contacts, free.contacts).map((one) => tx.objectStore('contacts').put(one)),
      ...freeOf(replaced.interactions, free.interactions).map((one) =>
        tx.objectStore('interactions').put(one),
      ),
      ...freeOf(replaced.checkIns, free.checkIns).map((one) => tx.objectStore('checkIns').put(one)),
      ...replaced.nudgeLog.map((entry) => tx.objectStore('nudgeLog').put(entry)),
      ...replaced.dayExceptions.map((exception) =>
        putMeta(tx.objectStore('meta'), exceptionKey(exception.date), exception),
      ),
    ]);
    // After the added ones are gone, so that a week's reflection never meets another; not
    // into a week whose kept reflection is still there.
    const keptWeeks = new Set(
      wrote.reflections.filter((one) => !free.reflections.has(one.id)).map((one) => one.weekStart),
    );
    await Promise.all(
      freeOf(replaced.reflections, free.reflections)
        .filter((one) => !keptWeeks.has(one.weekStart))
        .map((one) => tx.objectStore('reflections').put(one)),
    );
    await recomputeLastContact(tx);
    return { kept };
  });
}

// Connections logged since with people who go lose them, and go when nobody is left.
async function dropGone(tx: AllStores<'readwrite'>, gone: string[]) {
  const byContact = tx.objectStore('interactions').index('by-contact');
  const goneSet = new Set(gone);
  const later = await Promise.all(gone.map((id) => byContact.getAll(id)));
  const touched = new Map(later.flat().map((interaction) => [interaction.id, interaction]));
  await Promise.all(
    [...touched.values()].map((interaction) => {
      const others = interaction.contactIds.filter((id) => !goneSet.has(id));
      return others.length === 0
        ? tx.objectStore('interactions').delete(interaction.id)
        : tx.objectStore('interactions').put({ ...interaction, contactIds: others });
    }),
  );
}
