/** Firefox preferences every Firefox run of Tend's suite needs, and why. */
export function tendPrefs(geckoId: string, uuid: string): Record<string, string | boolean> {
  return {
    // Firefox draws each add-on's moz-extension:// origin at random per profile; naming it in
    // advance lets a test open Tend's pages by address.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    // console.* of Tend's pages and background page print to stdout, where the suite reads
    // Tend's own errors (puppeteer hears nothing from moz-extension:// pages).
    'devtools.console.stdout.content': true,
    // A click on "Guard these sites" grants the sites without the doorhanger prompt, which
    // headless Firefox cannot show. Firefox still refuses a request made without a click.
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

/**
 * Headless Firefox has no system notification service: with its own alert windows instead,
 * notifications are shown and notifications.getAll() lists them.
 */
export const SHOW_NOTIFICATIONS = { 'alerts.useSystemBackend': false };

/** Firefox suspends an idle event page after this long (30 s unless told). */
export function idleTimeout(ms: number): Record<string, number> {
  return { 'extensions.background.idle.timeout': ms };
}
