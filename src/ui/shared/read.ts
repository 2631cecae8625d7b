import { openDb, type TendDatabase } from '../../db/open';

/**
 * How a page reads the database: `load` with it open. Writes go through write.ts instead,
 * which also tells the background; pages open the database nowhere else.
 */
export async function read<T>(load: (db: TendDatabase) => Promise<T>): Promise<T> {
  return load(await openDb());
}

/**
 * Starts opening the database before a page's first read asks for it (the options page, as
 * its shell renders). A failure is left to the reads, which open it again and show their error.
 */
export function openAhead(): void {
  read(() => Promise.resolve()).catch(() => undefined);
}
