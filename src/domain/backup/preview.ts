import type { ActivityRecord, Backup, Collection } from './format';

/** What the database holds now, by the keys an import merges on. */
export interface CurrentKeys {
  contacts: readonly string[];
  interactions: readonly string[];
  checkIns: readonly string[];
  reflections: readonly { id: string; weekStart: string }[];
  /** The dates that have an on-call day or late shift. */
  dayExceptions: readonly string[];
  activity: readonly ActivityRecord[];
  nudgeLog: readonly string[];
}

export interface Change {
  added: number;
  replaced: number;
}

/** What an import will do, list by list; the settings are always replaced. */
export type ImportPreview = Record<Collection, Change>;

const activityKey = (record: ActivityRecord) => `${record.at}:${record.state}`;

/**
 * The transitions of `incoming` the database does not hold yet. They have no ids of their
 * own, so a transition counts as held when one with the same instant and state is there;
 * counted with their repeats, so importing one file twice adds nothing the second time.
 */
export function missingActivity(
  existing: readonly ActivityRecord[],
  incoming: readonly ActivityRecord[],
): ActivityRecord[] {
  const held = new Map<string, number>();
  for (const record of existing) {
    const key = activityKey(record);
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  return incoming.filter((record) => {
    const key = activityKey(record);
    const left = held.get(key) ?? 0;
    if (left === 0) return true;
    held.set(key, left - 1);
    return false;
  });
}

function byKey(incoming: readonly string[], current: readonly string[]): Change {
  const present = new Set(current);
  const replaced = incoming.filter((key) => present.has(key)).length;
  return { added: incoming.length - replaced, replaced };
}

/** How many records of each list the import adds and how many it replaces. */
export function importPreview(backup: Backup, current: CurrentKeys): ImportPreview {
  const ids = new Set(current.reflections.map((reflection) => reflection.id));
  const weeks = new Set(current.reflections.map((reflection) => reflection.weekStart));
  // A reflection replaces the stored one with its id, or the one for its week.
  const replacedReflections = backup.reflections.filter(
    (reflection) => ids.has(reflection.id) || weeks.has(reflection.weekStart),
  ).length;
  return {
    contacts: byKey(
      backup.contacts.map((contact) => contact.id),
      current.contacts,
    ),
    interactions: byKey(
      backup.interactions.map((interaction) => interaction.id),
      current.interactions,
    ),
    checkIns: byKey(
      backup.checkIns.map((checkIn) => checkIn.id),
      current.checkIns,
    ),
    reflections: {
      added: backup.reflections.length - replacedReflections,
      replaced: replacedReflections,
    },
    dayExceptions: byKey(
      backup.dayExceptions.map((exception) => exception.date),
      current.dayExceptions,
    ),
    activity: { added: missingActivity(current.activity, backup.activity).length, replaced: 0 },
    nudgeLog: byKey(
      backup.nudgeLog.map((entry) => entry.key),
      current.nudgeLog,
    ),
  };
}
