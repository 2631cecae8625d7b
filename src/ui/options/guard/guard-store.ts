import { guardPasses } from '../../../db/meta';
import { loadSettings, updateSettings } from '../../../db/settings';
import type { GuardSettings } from '../../../domain/types';
import { read } from '../../shared/read';
import { write } from '../../shared/write';
import { hasSiteAccess } from './site-access';

/** What the guard settings show when they open. */
export interface GuardView {
  guard: GuardSettings;
  /** How often the guard was passed ("open it for 15 minutes"). */
  passCount: number;
  /** The guard is on but the browser's settings took some site's access away. */
  accessMissing: boolean;
}

/** Reads the guard settings, the pass count, and whether the site access is still there. */
export async function loadGuardView(): Promise<GuardView> {
  const [settings, passes] = await read((db) => Promise.all([loadSettings(db), guardPasses(db)]));
  const { guard } = settings;
  const accessMissing =
    guard.enabled && guard.sites.length > 0 && !(await hasSiteAccess(guard.sites));
  return { guard, passCount: passes.count, accessMissing };
}

/** Saves only the guard's part of the settings, in one transaction. */
export async function saveGuard(guard: GuardSettings): Promise<GuardSettings> {
  const saved = await write('settings', (db) =>
    updateSettings(db, (current) => ({ ...current, guard })),
  );
  return saved.guard;
}
