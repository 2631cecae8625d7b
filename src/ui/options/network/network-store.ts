import { subDays } from 'date-fns';
import { createResource, untrack } from 'solid-js';
import { now } from '../../../clock';
import {
  deleteContact,
  listContacts,
  restoreContact,
  saveContact,
  setArchived,
  snoozeContact,
  type DeletedContact,
} from '../../../db/contacts';
import {
  deleteInteraction,
  interactionsSince,
  logInteraction,
  newestInteractionsSince,
  updateInteraction,
} from '../../../db/interactions';
import { flowsSince, type FlowConnection } from '../../../db/network-flows';
import type { TendDatabase } from '../../../db/open';
import { loadSettings } from '../../../db/settings';
import type { Contact, Interaction, NetworkSettings, Settings } from '../../../domain/types';
import { keepSame, onChangeElsewhere } from '../../shared/data-changed';
import { read } from '../../shared/read';
import { write } from '../../shared/write';

/** Connections further back than this are not shown or counted on these pages. */
export const RECENT_DAYS = 90;

export interface NetworkData {
  settings: Settings;
  contacts: Contact[];
  /** The last RECENT_DAYS days of logged connections, oldest first; none with `flows`. */
  interactions: Interaction[];
  /** With `flows`: what the reciprocity card counts of them, in place of the connections. */
  flows?: FlowConnection[];
  now: number;
}

/** Which connections a page reads: `newest` of them first, or only their flows. */
interface Reading {
  newest?: number;
  flows?: boolean;
}

/** The last RECENT_DAYS days' connections, or their flows, as `reading` asks. */
async function readConnections(
  db: TendDatabase,
  since: number,
  { newest, flows }: Reading,
): Promise<Pick<NetworkData, 'interactions' | 'flows'>> {
  if (flows) return { interactions: [], flows: await flowsSince(db, since) };
  return {
    interactions:
      newest === undefined
        ? await interactionsSince(db, since)
        : await newestInteractionsSince(db, since, newest),
  };
}

/**
 * The data, with only the newest `newest` connections when given, only the flows of the last
 * RECENT_DAYS with `flows`, or all of their connections.
 */
const loadNetwork = (reading: Reading = {}): Promise<NetworkData> =>
  read(async (db) => {
    const current = await now();
    const since = subDays(current, RECENT_DAYS).getTime();
    const [settings, contacts, connections] = await Promise.all([
      loadSettings(db),
      listContacts(db),
      readConnections(db, since, reading),
    ]);
    return { settings, contacts, ...connections, now: current.getTime() };
  });

/** Fresh data in place of what is shown: the records that did not change stay the same objects. */
const inPlace = (shown: NetworkData, fresh: NetworkData): NetworkData => ({
  ...fresh,
  contacts: keepSame(shown.contacts, fresh.contacts),
  interactions: keepSame(shown.interactions, fresh.interactions),
});

// One collator for every comparison: localeCompare with options builds one per comparison.
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byName = (a: Contact, b: Contact) => collator.compare(a.name, b.name);

const withContact = (contacts: Contact[], contact: Contact) =>
  [...contacts.filter((other) => other.id !== contact.id), contact].sort(byName);

const lastContactAfter = (contacts: Contact[], logged: Interaction) =>
  contacts.map((contact) =>
    logged.contactIds.includes(contact.id) && (contact.lastContactAt ?? -Infinity) < logged.at
      ? { ...contact, lastContactAt: logged.at }
      : contact,
  );

/**
 * People and connections written in another tab or window, or synced in from another
 * computer (`onChangeElsewhere` hears both), show here too; the rows that did not change stay as they are (a connection's
 * edit form open in one keeps its text).
 */
function followChangesElsewhere(
  flows: boolean,
  shownNow: () => NetworkData | undefined,
  show: (data: NetworkData) => void,
  reload: () => void,
) {
  const refreshInPlace = () => {
    const shown = shownNow();
    if (!shown) return reload();
    loadNetwork({ flows }).then(
      (fresh) => show(inPlace(shown, fresh)),
      (error: unknown) => console.warn('Tend: a change made elsewhere was not read', error),
    );
  };
  onChangeElsewhere(['contacts', 'import', 'settings'], refreshInPlace);
}

/**
 * The network's data as a resource. With `newestFirst`, the first read takes only the newest
 * connections and the rest follow in place a moment later: reading a few months of
 * connections at once took most of the time before the connections section showed anything.
 */
function createNetworkData(newestFirst: number | undefined, flows: boolean) {
  let newest = newestFirst;
  const resource = createResource(async () => {
    const first = newest;
    newest = undefined;
    const shown = await loadNetwork({ newest: first, flows });
    if (first !== undefined) void readTheRest(shown);
    return shown;
  });
  const [data, { mutate, refetch }] = resource;
  // Only the connections: the people and settings shown stay as they are, and so do the
  // rows built from them.
  async function readTheRest(shown: NetworkData) {
    try {
      const since = subDays(shown.now, RECENT_DAYS).getTime();
      const all = await read((db) => interactionsSince(db, since));
      const interactions = keepSame(shown.interactions, all);
      // A change shown meanwhile (the user's own) is read again whole rather than overwritten.
      if (untrack(() => data.latest) === shown) mutate({ ...shown, interactions });
      else await refetch();
    } catch (error) {
      // The newest alone must not pass for the whole 90 days: everything is read again, and
      // should that fail too, the section shows its read error instead of a short list.
      console.warn('Tend: the older connections were not read; reading them all again', error);
      await refetch();
    }
  }
  return resource;
}

/**
 * The support network as the options page edits it: every change shows at once, is
 * written in the database's own transaction and told to the background, and is rolled
 * back on screen if the write fails. Changes that delete return what undo needs. With
 * `flows`, it reads only what the reciprocity card counts of the connections (`flows`), not
 * the connections themselves (a page that shows and changes none of them).
 */
export function createNetwork(options: { newestFirst?: number; flows?: boolean } = {}) {
  const flows = options.flows ?? false;
  const [data, { mutate, refetch }] = createNetworkData(options.newestFirst, flows);
  followChangesElsewhere(
    flows,
    () => untrack(() => data.latest),
    mutate,
    () => void refetch(),
  );

  async function change<T>(
    optimistic: ((current: NetworkData) => NetworkData) | null,
    step: (db: TendDatabase) => Promise<T>,
    reload = false,
  ): Promise<T> {
    const before = data.latest;
    if (before && optimistic) mutate(optimistic(before));
    let result: T;
    try {
      result = await write('contacts', step);
    } catch (error) {
      if (before) mutate(before);
      throw error;
    }
    // The write stands even if reading it back fails; the next load shows it.
    if (reload) {
      try {
        await refetch();
      } catch (error) {
        console.warn('Tend: the change was saved; reading it back failed', error);
      }
    }
    return result;
  }

  const time = async () => (await now()).getTime();

  return {
    data,
    /** Saves a form; `opened` is the person as it opened them (null: a new one). */
    save: async (contact: Contact, opened?: Contact | null) => {
      const stored = await change(
        (current) => ({ ...current, contacts: withContact(current.contacts, contact) }),
        (db) => saveContact(db, contact, opened),
      );
      const current = data.latest;
      if (current) mutate({ ...current, contacts: withContact(current.contacts, stored) });
      return stored;
    },
    /** Shows reconnect settings saved elsewhere on the page, for due badges and defaults. */
    showNetworkSettings: (network: NetworkSettings) => {
      const current = data.latest;
      if (current) mutate({ ...current, settings: { ...current.settings, network } });
    },
    archive: async (id: string, archived: boolean) => {
      const at = await time();
      return change(
        (current) => ({
          ...current,
          contacts: current.contacts.map((contact) =>
            contact.id === id ? { ...contact, archived, updatedAt: at } : contact,
          ),
        }),
        (db) => setArchived(db, id, archived, at),
      );
    },
    snooze: async (id: string, until: number | null) => {
      const at = await time();
      return change(
        (current) => ({
          ...current,
          contacts: current.contacts.map((contact) =>
            contact.id === id ? { ...contact, snoozedUntil: until, updatedAt: at } : contact,
          ),
        }),
        (db) => snoozeContact(db, id, until, at),
      );
    },
    remove: (id: string): Promise<DeletedContact> =>
      change(
        (current) => ({
          ...current,
          contacts: current.contacts.filter((contact) => contact.id !== id),
        }),
        (db) => deleteContact(db, id),
        true,
      ),
    restore: (deleted: DeletedContact) => change(null, (db) => restoreContact(db, deleted), true),
    log: (interaction: Interaction) =>
      change(
        (current) => ({
          ...current,
          contacts: lastContactAfter(current.contacts, interaction),
          interactions: [...current.interactions, interaction].sort((a, b) => a.at - b.at),
        }),
        (db) => logInteraction(db, interaction),
      ),
    /** Saves an edited connection; `opened` is it as the form opened it. */
    update: (interaction: Interaction, opened?: Interaction | null) =>
      change(null, (db) => updateInteraction(db, interaction, opened), true),
    removeInteraction: (id: string): Promise<Interaction> =>
      change(
        (current) => ({
          ...current,
          interactions: current.interactions.filter((interaction) => interaction.id !== id),
        }),
        (db) => deleteInteraction(db, id),
        true,
      ),
  };
}

export type Network = ReturnType<typeof createNetwork>;
