import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { recordTransition } from '../../src/db/activity';
import { exportBackup } from '../../src/db/backup';
import { importBackup, type ImportUndo } from '../../src/db/backup-import';
import { undoImport } from '../../src/db/import-undo';
import { saveCheckIn } from '../../src/db/check-ins';
import { saveContact } from '../../src/db/contacts';
import { logInteraction } from '../../src/db/interactions';
import { pausedUntil, setException, setPause } from '../../src/db/meta';
import { claimNudges } from '../../src/db/nudge-log';
import { closeDb, openDb, type TendDatabase } from '../../src/db/open';
import { loadSettings, saveSettings } from '../../src/db/settings';
import type { Backup } from '../../src/domain/backup/format';
import type { BreakNudge } from '../../src/domain/nudge';
import { backupText, parseBackup } from '../../src/domain/backup/parse';
import { backupMessageText } from '../../src/ui/options/data/backup-message';
import { aBackup, NOW } from '../domain/backup-fixture';
import { checkIn } from '../domain/check-in-factory';
import { aConnection, aContact, at } from './factories';
import { seeded } from '../support/seeded';

const EXPORTED = new Date(NOW);

/** A break nudge the background showed. */
const aBreak = (key: string): BreakNudge => ({
  key,
  kind: 'break',
  dueAt: NOW,
  breakKind: 'short',
  breakMinutes: 10,
});

/** Everything the database holds, as the text of a backup file. */
async function snapshot(db: TendDatabase): Promise<string> {
  return backupText(await exportBackup(db, EXPORTED));
}

/** The import path of the options page: check the whole text, then write it. */
async function importText(db: TendDatabase, text: string): Promise<ImportUndo> {
  const parsed = parseBackup(text, NOW);
  if (!parsed.ok) throw new Error(backupMessageText(parsed.message));
  return importBackup(db, parsed.backup);
}

/** A fresh, empty database, as after reinstalling Tend. */
async function wiped(): Promise<TendDatabase> {
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  return openDb();
}

describe('export, wipe, import, export', () => {
  it('gives the same file, from data written the way the pages write it', async () => {
    const db = await openDb();
    const settings = await loadSettings(db);
    await saveSettings(db, {
      ...settings,
      mutedKinds: ['reconnect'],
      reflection: { enabled: false, weekday: 1, time: '09:15' },
    });
    await saveContact(db, aContact({ id: 'sam', name: 'Sam Rivera', notes: 'Zoë’s mentor ✓' }));
    await saveContact(db, aContact({ id: 'alex', name: 'Alex <b>Chen</b>' }));
    await logInteraction(
      db,
      aConnection({ id: 'i1', at: at('2026-11-20T10:00:00Z'), contactIds: ['sam', 'alex'] }),
    );
    await saveCheckIn(db, checkIn());
    await setException(db, '2026-11-24', { date: '2026-11-24', kind: 'on-call', until: null });
    await recordTransition(db, { at: at('2026-11-23T09:00:00Z'), state: 'clock-in' });
    await recordTransition(db, { at: at('2026-11-23T09:00:00Z'), state: 'active' });
    await claimNudges(db, [aBreak('break:1')], NOW);
    await db.put('reflections', aBackup().reflections[0]!);

    const first = await snapshot(db);
    const again = await wiped();
    await importText(again, first);
    expect(await snapshot(again)).toBe(first);
    const backup = JSON.parse(first) as Backup;
    expect(backup.exportedAt).toBe('2026-11-23T12:00:00.000Z');
    expect(backup.contacts.map((contact) => contact.lastContactAt)).toEqual([
      at('2026-11-20T10:00:00Z'),
      at('2026-11-20T10:00:00Z'),
    ]);
    expect(backup.activity).toHaveLength(2);
    expect(backup.dayExceptions).toHaveLength(1);
  });

  it('exports an untouched database with the default settings, and imports that too', async () => {
    const db = await openDb();
    const first = await snapshot(db);
    await importText(await wiped(), first);
    expect(await snapshot(await openDb())).toBe(first);
  });
});

describe('importBackup', () => {
  it('adds new records, replaces those with the same id, keeps the rest and recomputes last contact', async () => {
    const db = await openDb();
    await saveContact(db, aContact({ id: 'sam', name: 'Old name' }));
    await saveContact(db, aContact({ id: 'kept', name: 'Only here' }));
    // A later connection with Sam than any in the file.
    await logInteraction(
      db,
      aConnection({ id: 'here', at: at('2026-11-22T10:00:00Z'), contactIds: ['sam', 'kept'] }),
    );
    await db.put('reflections', { ...aBackup().reflections[0]!, id: 'mine', note: 'mine' });

    const file = aBackup();
    await importBackup(db, file);
    const after = await exportBackup(db, EXPORTED);
    expect(after.contacts.map((contact) => [contact.id, contact.name])).toEqual([
      ['alex', 'Alex Chen'],
      ['group', 'Peer group'],
      ['kept', 'Only here'],
      ['sam', 'Sam Rivera'],
    ]);
    const lastContact = Object.fromEntries(after.contacts.map((c) => [c.id, c.lastContactAt]));
    expect(lastContact).toEqual({
      alex: at('2026-11-20T10:00:00Z'),
      group: null,
      kept: at('2026-11-22T10:00:00Z'),
      sam: at('2026-11-22T10:00:00Z'),
    });
    expect(after.interactions.map((interaction) => interaction.id)).toEqual(['here', 'i1', 'i2']);
    // The file's reflection for that week took the place of the one stored.
    expect(after.reflections).toEqual(file.reflections);
    expect(after.settings).toEqual(file.settings);
    expect(after.dayExceptions).toEqual(file.dayExceptions);
  });

  it('adds nothing the second time the same file is imported', async () => {
    const db = await openDb();
    await importBackup(db, aBackup());
    const once = await snapshot(db);
    await importBackup(db, aBackup());
    expect(await snapshot(db)).toBe(once);
  });

  it('leaves the pause and other short-lived states of this browser alone', async () => {
    const db = await openDb();
    await setPause(db, NOW + 3_600_000);
    await importBackup(db, aBackup());
    expect(await pausedUntil(db)).toBe(NOW + 3_600_000);
  });

  it('writes nothing at all when the database refuses a record halfway through', async () => {
    const db = await openDb();
    await importBackup(db, aBackup());
    const before = await snapshot(db);
    const file = aBackup();
    file.contacts = file.contacts.map((contact) => ({ ...contact, name: `${contact.name} (new)` }));
    // A value IndexedDB cannot store, after the settings and people were already written.
    const unstorable = aConnection({ id: 'bad', at: NOW, contactIds: ['sam'] });
    (unstorable as unknown as { note: unknown }).note = () => 'not data';
    file.interactions.push(unstorable);
    await expect(importBackup(db, file)).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });

  it('is undone exactly by what it returned', async () => {
    const db = await openDb();
    await saveSettings(db, { ...(await loadSettings(db)), mutedKinds: ['break'] });
    await saveContact(db, aContact({ id: 'sam', name: 'Old name', lastContactAt: null }));
    await saveContact(db, aContact({ id: 'kept', name: 'Only here' }));
    await logInteraction(
      db,
      aConnection({ id: 'i1', at: at('2026-10-01T10:00:00Z'), contactIds: ['sam', 'kept'] }),
    );
    await saveCheckIn(db, checkIn({ title: 'Old supervision' }));
    await setException(db, '2026-11-24', {
      date: '2026-11-24',
      kind: 'late-shift',
      until: '21:00',
    });
    await claimNudges(db, [aBreak('break:2026-11-23:1')], NOW);
    await recordTransition(db, { at: at('2026-11-01T09:00:00Z'), state: 'active' });
    // The file's reflection for this week takes the place of this one, under another id.
    await db.put('reflections', { ...aBackup().reflections[0]!, id: 'mine', note: 'mine' });
    const before = await snapshot(db);
    const undo = await importBackup(db, aBackup());
    expect(await snapshot(db)).not.toBe(before);
    await undoImport(db, undo);
    expect(await snapshot(db)).toBe(before);
  });

  it('keeps on Undo what was written after the import: work time, nudges, connections', async () => {
    const db = await openDb();
    await saveContact(db, aContact({ id: 'kept', name: 'Only here' }));
    const undo = await importBackup(db, aBackup());
    // While the user reads the page, the background records work time and shows a nudge, and
    // a connection is logged in the popup with someone already there and with someone the
    // file brought in.
    await recordTransition(db, { at: at('2026-11-23T12:10:00Z'), state: 'active' });
    await claimNudges(
      db,
      [
        {
          key: 'wrap-up:2026-11-23',
          kind: 'wrap-up',
          dueAt: NOW,
          workdayEndsAt: NOW,
          minutesLeft: 15,
        },
      ],
      NOW,
    );
    await logInteraction(
      db,
      aConnection({ id: 'later', at: NOW, contactIds: ['kept', 'sam'], note: 'Lunch.' }),
    );
    await logInteraction(db, aConnection({ id: 'only-sam', at: NOW, contactIds: ['sam'] }));

    await undoImport(db, undo);
    const after = await exportBackup(db, EXPORTED);
    expect(after.activity).toEqual([{ at: at('2026-11-23T12:10:00Z'), state: 'active' }]);
    expect(after.nudgeLog.map((entry) => entry.key)).toEqual(['wrap-up:2026-11-23']);
    expect(after.contacts.map((contact) => [contact.id, contact.lastContactAt])).toEqual([
      ['kept', NOW],
    ]);
    // Sam came with the file and goes with it, as deleting a person would take them out.
    expect(after.interactions.map((one) => [one.id, one.contactIds, one.note])).toEqual([
      ['later', ['kept'], 'Lunch.'],
    ]);
    expect(after.checkIns).toEqual([]);
    expect(after.reflections).toEqual([]);
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { parent: Json[] | { [key: string]: Json }; key: string | number; value: Json };

/** Every value in the tree with where it sits, except the keys of a `moved` map (optional). */
function nodes(value: Json, parentKey = ''): Node[] {
  if (value === null || typeof value !== 'object') return [];
  const found: Node[] = [];
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? Number(key) : key;
    if (parentKey !== 'moved') found.push({ parent: value, key: at, value: child });
    found.push(...nodes(child, key));
  }
  return found;
}

describe('import fuzzing', () => {
  it('refuses 1 200 broken backups with a message, and the database never changes', async () => {
    const db = await openDb();
    await importBackup(db, aBackup());
    const before = await snapshot(db);
    // Valid, and different from what is stored: were any broken copy let through, it would show.
    const base = aBackup();
    base.contacts = base.contacts.map((contact) => ({ ...contact, name: `${contact.name} 2` }));
    base.settings = { ...base.settings, mutedKinds: [] };
    const baseText = backupText(base);
    expect(parseBackup(baseText, NOW).ok).toBe(true);

    const random = seeded(20261123);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
    const fresh = () => JSON.parse(baseText) as { [key: string]: Json };
    const set = (node: Node, value: Json) => {
      (node.parent as Record<string | number, Json>)[node.key] = value;
    };
    const objectFields = (tree: Json) => nodes(tree).filter((node) => !Array.isArray(node.parent));

    const mutations: Record<string, () => string> = {
      truncated: () => baseText.slice(0, int(baseText.length)),
      'field deleted': () => {
        const tree = fresh();
        const node = pick(objectFields(tree));
        delete (node.parent as Record<string, Json>)[node.key];
        return JSON.stringify(tree);
      },
      'wrong type': () => {
        const tree = fresh();
        const node = pick(nodes(tree));
        const wrong: Json =
          typeof node.value === 'string'
            ? pick([42, true, {}, []])
            : typeof node.value === 'number'
              ? pick(['12', false, {}])
              : typeof node.value === 'boolean'
                ? pick(['true', 1, {}])
                : node.value === null
                  ? pick(['null', {}, true])
                  : pick([42, 'text', true]);
        set(node, wrong);
        return JSON.stringify(tree);
      },
      'huge string': () => {
        const tree = fresh();
        const strings = nodes(tree).filter((node) => typeof node.value === 'string');
        set(pick(strings), 'x'.repeat(100_000 + int(1000)));
        return JSON.stringify(tree);
      },
      'duplicate id': () => {
        const tree = fresh();
        const list = pick([
          'contacts',
          'interactions',
          'checkIns',
          'reflections',
          'dayExceptions',
          'nudgeLog',
        ]);
        const records = tree[list] as Json[];
        records.push(structuredClone(pick(records)));
        return JSON.stringify(tree);
      },
      'bad version': () => {
        const tree = fresh();
        tree.version = pick([0, -1, 4, 99, 2.5, '3', null, true, [], {}]);
        if (random() < 0.2) delete tree.version;
        return JSON.stringify(tree);
      },
      'not Tend': () => {
        const tree = fresh();
        tree.format = pick(['tend', 'other-app', 1, null]);
        if (random() < 0.3) delete tree.format;
        return JSON.stringify(tree);
      },
      'unknown person': () => {
        const tree = fresh();
        const interaction = pick(tree.interactions as { contactIds: Json[] }[]);
        interaction.contactIds[int(interaction.contactIds.length)] = `ghost-${int(1000)}`;
        return JSON.stringify(tree);
      },
      garbage: () =>
        String.fromCharCode(...Array.from({ length: 1 + int(200) }, () => int(0x2000))),
    };

    const kinds = Object.keys(mutations);
    const seen = new Map<string, number>();
    for (let round = 0; round < 1200; round += 1) {
      const kind = kinds[round % kinds.length]!;
      const text = mutations[kind]!();
      expect(text, kind).not.toBe(baseText);
      const parsed = parseBackup(text, NOW);
      if (parsed.ok)
        throw new Error(`round ${round} (${kind}) was accepted: ${text.slice(0, 300)}`);
      // Only the broken texts may be refused as not JSON; the rest must be read and judged.
      if (kind !== 'truncated' && kind !== 'garbage') {
        expect(parsed.message.key, kind).not.toBe('backupErrorNotJson');
      }
      const words = backupMessageText(parsed.message);
      expect(words, kind).toMatch(/Nothing was changed\.$/);
      expect(words, kind).not.toMatch(/\bbackup[A-Z]\w+/);
      seen.set(kind, (seen.get(kind) ?? 0) + 1);
      expect(await snapshot(db), `round ${round} (${kind})`).toBe(before);
    }
    expect([...seen.values()].reduce((a, b) => a + b)).toBe(1200);
  }, 60_000);
});

describe('the seed script', () => {
  it('writes a backup file that passes the import and loads into the database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tend-seed-'));
    try {
      const file = path.join(dir, 'profile.json');
      execFileSync('node', ['bench/seed.mjs', '--out', file, '--now', '2026-11-23T12:00:00Z']);
      expect(statSync(file).size).toBeLessThan(20 * 1024 * 1024);
      const parsed = parseBackup(readFileSync(file, 'utf8'), NOW);
      if (!parsed.ok) throw new Error(backupMessageText(parsed.message));
      expect(parsed.backup.contacts).toHaveLength(300);
      expect(parsed.backup.interactions).toHaveLength(20_000);

      const db = await openDb();
      await importBackup(db, parsed.backup);
      const stored = await exportBackup(db, EXPORTED);
      expect(stored.contacts).toEqual(parsed.backup.contacts);
      expect(stored.interactions).toHaveLength(20_000);
      expect(stored.checkIns).toEqual(parsed.backup.checkIns);
      expect(stored.reflections).toHaveLength(26);
      expect(stored.activity).toEqual(parsed.backup.activity);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
