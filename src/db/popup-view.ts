import type { OverdueView } from '../domain/popup-view';
import type { TendDatabase } from './open';

/**
 * Someone to write to who may not be among the popup view's few overdue people (a
 * notification asked for them): one keyed read. Null when they are no longer in the network.
 */
export async function personToWrite(db: TendDatabase, id: string): Promise<OverdueView | null> {
  const contact = await db.get('contacts', id);
  if (!contact) return null;
  const { name, isGroup, reach, snoozedUntil } = contact;
  return { id, name, isGroup, reach, daysSince: null, snoozedUntil };
}
