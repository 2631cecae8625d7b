import { browser } from 'wxt/browser';
import { deleteTendDatabase } from '../db/open';
import { eraseThenWake } from './wake';

// Each store of the browser Tend wrote to, emptied; one the browser lacks (storage.session
// before Chrome 102) holds nothing.
async function clearStorage(): Promise<void> {
  await browser.storage.local.clear();
  if (browser.storage.session) await browser.storage.session.clear();
}

async function clearNotifications(): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id)));
}

// Only the optional sites the user granted (for the guard); Tend asks for no others.
async function giveBackSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  if (origins.length > 0) await browser.permissions.remove({ origins });
}

/**
 * Erase everything: the database (after this worker's connection closes), every storage
 * key, alarms, notifications and granted site access; then Tend starts fresh, as on a first
 * install, with one alarm of its own.
 */
export function eraseEverything(): Promise<void> {
  return eraseThenWake(async () => {
    await browser.alarms.clearAll();
    await deleteTendDatabase();
    await Promise.all([clearStorage(), clearNotifications(), giveBackSites()]);
  });
}
