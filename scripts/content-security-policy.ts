// The content security policy of Tend's pages and its background (`extension_pages`). The
// default MV3 policy limits scripts only; Tend needs nothing from anywhere but its own files,
// so everything else is closed too: no plugins, no <base>, no form posts, images of its own
// or inline data (icons, the charts' data: URLs), and no connection but to itself.
const STRICT: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
};

// `npm run dev` serves the pages from Vite's dev server on localhost, which injects styles
// as <style> elements and reloads through a WebSocket; WXT adds the server to script-src
// itself. Only a dev build (`wxt`, never `wxt build`) gets these.
const DEV_SERVER = 'http://localhost:*';
const DEV_EXTRA: Record<string, string[]> = {
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': [DEV_SERVER],
  'connect-src': [DEV_SERVER, 'ws://localhost:*'],
};

/** The policy for `wxt build` (store and e2e builds), or for `wxt` (dev) with the dev server. */
export function extensionPagesPolicy(command: 'build' | 'serve'): string {
  const policy = { ...STRICT };
  if (command === 'serve') {
    for (const [directive, sources] of Object.entries(DEV_EXTRA)) {
      policy[directive] = [...(policy[directive] ?? []), ...sources];
    }
  }
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}
