import { quickLogPeople } from '../domain/quick-log-people';
import type { TendDatabase } from './open';

/** The quick log's list, read when the user opens it: the popup's view carries no names. */
export async function peopleToLog(db: TendDatabase): Promise<{ id: string; name: string }[]> {
  return quickLogPeople(await db.getAll('contacts'));
}
