import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** One `npm run <script>` of the project, started the way a developer starts it. */
export interface DevRun {
  /** Everything it printed so far. */
  output(): string;
  /** Resolves once it printed `pattern`; fails with what it printed if it did not in time. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** The profile folder of the browser it opened, while that browser runs. */
  browserProfile(): string | undefined;
  /** Stops it, its browser and its display, as Ctrl+C in a terminal does. */
  stop(): Promise<void>;
}

interface ProcessInfo {
  pid: number;
  parent: number;
  args: string[];
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent is the 4th field of stat, after the command name in parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean);
      found.push({ pid: Number(name), parent, args });
    } catch {
      // It ended while being read.
    }
  }
  return found;
}

function descendants(root: number): ProcessInfo[] {
  const all = processes();
  const family = new Set([root]);
  // Parents come before children in most listings, but not always: repeat until stable.
  for (let grew = true; grew;) {
    grew = false;
    for (const one of all) {
      if (!family.has(one.pid) && family.has(one.parent)) {
        family.add(one.pid);
        grew = true;
      }
    }
  }
  return all.filter((one) => one.pid !== root && family.has(one.pid));
}

// web-ext starts Chromium with --user-data-dir=<profile> and Firefox with -profile <profile>.
function profileOf(args: string[]): string | undefined {
  const chromium = args.find((arg) => arg.startsWith('--user-data-dir='));
  if (chromium) return chromium.slice('--user-data-dir='.length);
  const index = args.indexOf('-profile');
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * The environment of a developer's terminal: the test runner's own variables (NODE_ENV=test,
 * TEST, VITEST…) would quiet WXT's log down to warnings and change its mode.
 */
function terminalEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST'),
    ),
  );
}

/**
 * Runs `npm run <script>` in the project under a virtual display (Debian's xvfb-run), so the
 * browser it opens has a screen and never takes over a developer's.
 */
export function startDev(script: string, env: NodeJS.ProcessEnv = process.env): DevRun {
  const child = spawn('xvfb-run', ['--auto-servernum', 'npm', 'run', script], {
    cwd: ROOT,
    env: terminalEnv(env),
    // Its own process group, so that stopping it reaches npm, wxt, the browser and Xvfb.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Set<number>();
  const profiles = new Set<string>();

  function browserProfile(): string | undefined {
    for (const one of descendants(child.pid!)) {
      started.add(one.pid);
      const profile = profileOf(one.args);
      if (profile) {
        profiles.add(profile);
        return profile;
      }
    }
    return undefined;
  }

  return {
    output: () => printed,
    async waitFor(pattern, ms = 60_000) {
      const until = Date.now() + ms;
      while (!pattern.test(printed)) {
        if (child.exitCode !== null || Date.now() > until) {
          throw new Error(`npm run ${script} did not print ${pattern}:\n${printed}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    browserProfile,
    async stop() {
      browserProfile();
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      // Whatever this run started and is still there (Chromium runs in its own group).
      for (const pid of started) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      for (const profile of profiles) {
        if (existsSync(profile)) rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Whether Tend's background ran in the browser using `profile`: its first wake opens Tend's
 * IndexedDB, which only an extension's pages can (no other extension is loaded).
 */
export function extensionDatabaseIn(profile: string): boolean {
  const list = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);
  // Chromium: Default/IndexedDB/chrome-extension_<id>_0.indexeddb.leveldb
  const chromium = list(path.join(profile, 'Default', 'IndexedDB'));
  if (chromium.some((name) => name.startsWith('chrome-extension_'))) return true;
  // Firefox: storage/default/moz-extension+++<uuid>/idb/<database>.sqlite
  const firefox = path.join(profile, 'storage', 'default');
  return list(firefox).some(
    (name) =>
      name.startsWith('moz-extension+++') &&
      list(path.join(firefox, name, 'idb')).some((file) => file.endsWith('.sqlite')),
  );
}
