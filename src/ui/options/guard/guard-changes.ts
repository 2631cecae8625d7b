import { patternsToRelease, sitePatterns } from '../../../domain/guard';
import type { GuardSettings } from '../../../domain/types';
import { t } from '../../../i18n';
import type { StatusNote } from '../../shared/status-line';
import { saveGuard } from './guard-store';
import { releaseSiteAccess } from './site-access';

/** Shows the guard as it was just written. */
type Show = (guard: GuardSettings) => void;

const ok = (text: string): StatusNote => ({ ok: true, text });
const refused = (text: string): StatusNote => ({ ok: false, text });

// Each change below saves first and lets go of site access after, or, when the save fails,
// gives back the access asked for a moment ago: the browser never keeps access to a site
// the guard does not look after. `asked` is the permission prompt, opened by the click.

/** Turns the guard on over its sites, once the browser granted access to them. */
export async function turnOn(
  current: GuardSettings,
  asked: Promise<boolean>,
  show: Show,
): Promise<StatusNote> {
  if (!(await asked)) return refused(t('guardRefused'));
  try {
    show(await saveGuard({ ...current, enabled: true }));
  } catch (error) {
    // Nothing was saved, so the access granted a moment ago goes back.
    await releaseSiteAccess(sitePatterns(current.sites));
    throw error;
  }
  return ok(t('guardTurnedOn'));
}

/** Turns the guard off, and gives its sites' access back. */
export async function turnOff(current: GuardSettings, show: Show): Promise<StatusNote> {
  show(await saveGuard({ ...current, enabled: false }));
  await releaseSiteAccess(sitePatterns(current.sites));
  return ok(t('guardTurnedOff'));
}

/** Adds a site; while the guard is on, once the browser granted access to it. */
export async function addSite(
  current: GuardSettings,
  origin: string,
  asked: Promise<boolean>,
  show: Show,
): Promise<StatusNote> {
  if (!(await asked)) return refused(t('guardSiteRefused', [origin]));
  try {
    show(await saveGuard({ ...current, sites: [...current.sites, origin] }));
  } catch (error) {
    if (current.enabled) await releaseSiteAccess(patternsToRelease([origin], current.sites));
    throw error;
  }
  return ok(t('guardSiteAdded', [origin]));
}

/** Removes a site; a guard with nothing left to look after turns itself off. */
export async function removeSite(
  current: GuardSettings,
  origin: string,
  show: Show,
): Promise<StatusNote> {
  const sites = current.sites.filter((site) => site !== origin);
  const enabled = current.enabled && sites.length > 0;
  show(await saveGuard({ enabled, sites }));
  if (current.enabled) await releaseSiteAccess(patternsToRelease([origin], sites));
  return current.enabled && !enabled
    ? ok(t('guardTurnedOff'))
    : ok(t('guardSiteRemoved', [origin]));
}
