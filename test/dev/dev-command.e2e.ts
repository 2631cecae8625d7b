import { afterEach, describe, expect, it } from 'vitest';
import { extensionDatabaseIn, startDev, type DevRun } from './support/dev-run';

// The README's first command, as a new user runs it after `npm install`: it must open a
// browser with Tend loaded, not only print where the build is.
let run: DevRun | undefined;

afterEach(async () => {
  await run?.stop();
  run = undefined;
});

describe('npm run dev', () => {
  it.each([
    ['dev', 'Chromium'],
    ['dev:firefox', 'Firefox'],
  ])('npm run %s opens %s with Tend running in it', async (script) => {
    run = startDev(script);
    await run.waitFor(/Opened browser in/);
    expect(run.output()).not.toMatch(/unpacked extension manually/);
    // Tend's background ran in that browser: its first wake made Tend's database there.
    await expect.poll(() => run?.browserProfile()).toBeDefined();
    await expect.poll(() => extensionDatabaseIn(run!.browserProfile()!)).toBe(true);
  });

  it('says what to do when the browser named in FIREFOX_PATH is not there', async () => {
    run = startDev('dev:firefox', { ...process.env, FIREFOX_PATH: '/nowhere/firefox' });
    await run.waitFor(/Meanwhile, load/);
    expect(run.output()).toContain(
      'FIREFOX_PATH is "/nowhere/firefox", which is not a program. Install one (on Debian: ' +
        'apt-get install firefox-esr), or name its program: FIREFOX_PATH=/path/to/browser ' +
        'npm run dev:firefox.',
    );
    expect(run.output()).toContain('load ".output/firefox-mv3-dev" as an unpacked extension');
    expect(run.browserProfile()).toBeUndefined();
  });
});
