import { defaultSettings, withDefaults } from '../domain/settings';
import type { Settings } from '../domain/types';
import type { TendDatabase } from './open';

/** The settings store's one record. */
export const SETTINGS_KEY = 'current';

/** The zone this browser runs in, used for a new user's schedule. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The stored settings, or the defaults when the user has saved none yet. */
export async function loadSettings(db: TendDatabase): Promise<Settings> {
  return completed(await db.get('settings', SETTINGS_KEY));
}

export function completed(stored: Partial<Settings> | undefined): Settings {
  const defaults = defaultSettings(stored?.schedule?.timeZone ?? browserTimeZone());
  return stored ? withDefaults(stored, defaults) : defaults;
}

/** Replaces the settings; callers validate first. */
export async function saveSettings(db: TendDatabase, settings: Settings): Promise<void> {
  const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(settings, SETTINGS_KEY), tx.done]);
}

/**
 * Changes part of the settings in one transaction: each form owns its part, and a save in
 * one section never writes back another section's stale copy.
 */
export async function updateSettings(
  db: TendDatabase,
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
  const current = completed(await tx.store.get(SETTINGS_KEY));
  const next = change(current);
  await Promise.all([tx.store.put(next, SETTINGS_KEY), tx.done]);
  return next;
}
