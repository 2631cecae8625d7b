import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The two kinds of browser Tend runs in: Chromium (Chrome too) and Firefox. */
export type BrowserFamily = 'chromium' | 'firefox';

/** The variable that names a browser's program, for `npm run dev` and the end-to-end suites. */
export const BROWSER_PATH_VARIABLE: Record<BrowserFamily, string> = {
  chromium: 'CHROMIUM_PATH',
  firefox: 'FIREFOX_PATH',
};

/** The browser's name, for messages to the developer. */
export const BROWSER_NAME: Record<BrowserFamily, string> = {
  chromium: 'Chromium or Chrome',
  firefox: 'Firefox',
};

// Commands looked up on PATH, in this order: Debian's `chromium`, other distributions'
// `chromium-browser`, then Google Chrome; Firefox, then Debian's Firefox ESR.
const COMMANDS: Record<BrowserFamily, string[]> = {
  chromium: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
  firefox: ['firefox', 'firefox-esr'],
};

// Where the macOS and Windows installers put them, which is not on PATH.
const INSTALLED: Partial<Record<NodeJS.Platform, Record<BrowserFamily, string[]>>> = {
  darwin: {
    chromium: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    firefox: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  },
  win32: {
    chromium: [
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    ],
    firefox: [
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
      'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe',
    ],
  },
};

/** Where a browser is looked for: the commands on PATH, then the installers' folders. */
function browserCandidates(family: BrowserFamily, env: NodeJS.ProcessEnv = process.env): string[] {
  const windows = process.platform === 'win32';
  const folders = (env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== '');
  const onPath = COMMANDS[family].flatMap((command) =>
    folders.map((folder) => path.join(folder, windows ? `${command}.exe` : command)),
  );
  return [...onPath, ...(INSTALLED[process.platform]?.[family] ?? [])];
}

function isProgram(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's program: the one its variable names (CHROMIUM_PATH, FIREFOX_PATH), else the
 * first found on the usual paths; null when the variable names no program or none is found.
 */
export function findBrowser(
  family: BrowserFamily,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const named = env[BROWSER_PATH_VARIABLE[family]];
  // A variable set on purpose is never passed over for another browser.
  if (named) return isProgram(named) ? named : null;
  return browserCandidates(family, env).find(isProgram) ?? null;
}

/** What to do when findBrowser found nothing, in plain words. */
export function noBrowserMessage(
  family: BrowserFamily,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const variable = BROWSER_PATH_VARIABLE[family];
  const named = env[variable];
  const problem = named
    ? `${variable} is "${named}", which is not a program.`
    : `No ${BROWSER_NAME[family]} found: looked for ${COMMANDS[family].join(', ')} on PATH ` +
      'and in the usual install folders.';
  const debian = family === 'chromium' ? 'chromium' : 'firefox-esr';
  return (
    `${problem} Install one (on Debian: apt-get install ${debian}), or name its program: ` +
    `${variable}=/path/to/browser npm run ${family === 'chromium' ? 'dev' : 'dev:firefox'}.`
  );
}
