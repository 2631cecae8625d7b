import { browser } from 'wxt/browser';
import { sitePatterns } from '../../../domain/guard';

// The one place the options page talks to the browser's permissions API directly: a
// permission prompt needs the user's click (Chrome and Firefox refuse a request without
// one), so it cannot go through the background, which never has a gesture.

/**
 * Asks the browser for access to the sites' addresses. Call it synchronously from a click
 * or submit handler, before any `await`: Firefox forgets the gesture at the first one.
 */
export function requestSiteAccess(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: sitePatterns(origins) });
}

/** Gives access to these host patterns back. */
export async function releaseSiteAccess(patterns: readonly string[]): Promise<void> {
  if (patterns.length > 0) await browser.permissions.remove({ origins: [...patterns] });
}

/** True when the browser still lets Tend see every one of these sites. */
export function hasSiteAccess(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.contains({ origins: sitePatterns(origins) });
}
