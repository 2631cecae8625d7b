import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { esmPolyfill } from '../../scripts/esm-polyfill';

// The polyfill the popup ships, rewritten as the build rewrites it, then run as a module in
// a page with Chrome's `chrome` or Firefox's `browser`.
const POLYFILL = createRequire(import.meta.url).resolve('webextension-polyfill');
const globals = globalThis as { chrome?: unknown; browser?: unknown };

// The test setup's fake browser is a global too: each test puts the page's own, and the
// fake's are back after it.
const { chrome, browser } = globals;
let folder: string;
let runs = 0;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'tend-polyfill-'));
  delete globals.chrome;
  delete globals.browser;
});

afterEach(async () => {
  Object.assign(globals, { chrome, browser });
  await rm(folder, { recursive: true, force: true });
});

function rewrite(code: string, id = POLYFILL): string {
  const plugin = esmPolyfill() as unknown as {
    transform: (this: unknown, code: string, id: string) => { code: string } | null;
  };
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const result = plugin.transform.call(context, code, id);
  if (!result) throw new Error(`${id} was left as it was`);
  return result.code;
}

/** The rewritten polyfill's default export, evaluated afresh. */
async function polyfill(): Promise<unknown> {
  const file = path.join(folder, `polyfill-${(runs += 1)}.mjs`);
  await writeFile(file, rewrite(await readFile(POLYFILL, 'utf8')));
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
    default: unknown;
  };
  return module.default;
}

describe('webextension-polyfill as an ES module', () => {
  it('gives Chrome’s callback APIs as promises', async () => {
    const stored = { 'tend-popup-view': { format: 1 } };
    globals.chrome = {
      runtime: { id: 'tend', lastError: undefined },
      storage: {
        local: { get: (_keys: unknown, callback: (items: unknown) => void) => callback(stored) },
      },
    };
    const browser = (await polyfill()) as {
      storage: { local: { get: (keys: string) => Promise<unknown> } };
    };
    await expect(browser.storage.local.get('tend-popup-view')).resolves.toEqual(stored);
  });

  it('is Firefox’s own browser object where there is one', async () => {
    const firefox = { runtime: { id: 'tend' } };
    globals.chrome = { runtime: { id: 'tend' } };
    globals.browser = firefox;
    expect(await polyfill()).toBe(firefox);
  });

  it('stops the build when the polyfill comes wrapped some other way', () => {
    expect(() => rewrite('module.exports = globalThis.browser;\n')).toThrow(/no longer wrapped/);
  });
});
