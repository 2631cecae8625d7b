import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrowser, noBrowserMessage } from '../../scripts/find-browser';

// Real programs in real folders: the lookup runs as it does on a developer's machine.
let bin: string;
let other: string;

async function program(folder: string, name: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, '#!/bin/sh\n');
  await chmod(file, 0o755);
  return file;
}

beforeEach(async () => {
  bin = await mkdtemp(path.join(tmpdir(), 'tend-bin-'));
  other = await mkdtemp(path.join(tmpdir(), 'tend-other-'));
});

afterEach(async () => {
  await rm(bin, { recursive: true, force: true });
  await rm(other, { recursive: true, force: true });
});

const onPath = (...folders: string[]) => ({ PATH: folders.join(path.delimiter) });

describe('finding a browser for npm run dev', () => {
  it("finds Debian's chromium before Google Chrome", async () => {
    await program(bin, 'google-chrome');
    const chromium = await program(other, 'chromium');
    expect(findBrowser('chromium', onPath(bin, other))).toBe(chromium);
  });

  it.each([['chromium-browser'], ['google-chrome-stable'], ['google-chrome']])(
    'finds %s when there is no chromium',
    async (name) => {
      expect(findBrowser('chromium', onPath(bin))).toBeNull();
      const found = await program(bin, name);
      expect(findBrowser('chromium', onPath(bin))).toBe(found);
    },
  );

  it("finds Debian's firefox-esr when there is no firefox", async () => {
    const esr = await program(bin, 'firefox-esr');
    expect(findBrowser('firefox', onPath(bin))).toBe(esr);
    const firefox = await program(other, 'firefox');
    expect(findBrowser('firefox', onPath(bin, other))).toBe(firefox);
  });

  it('passes over a file that is not a program', async () => {
    await writeFile(path.join(bin, 'chromium'), 'not a program');
    expect(findBrowser('chromium', onPath(bin))).toBeNull();
  });

  it('uses the program CHROMIUM_PATH or FIREFOX_PATH names, before any other', async () => {
    await program(bin, 'chromium');
    const mine = await program(other, 'my-chrome');
    expect(findBrowser('chromium', { ...onPath(bin), CHROMIUM_PATH: mine })).toBe(mine);
    expect(findBrowser('firefox', { ...onPath(bin), FIREFOX_PATH: mine })).toBe(mine);
  });

  it('never falls back to another browser when the variable names no program', async () => {
    await program(bin, 'firefox');
    const env = { ...onPath(bin), FIREFOX_PATH: path.join(other, 'missing') };
    expect(findBrowser('firefox', env)).toBeNull();
    expect(noBrowserMessage('firefox', env)).toBe(
      `FIREFOX_PATH is "${path.join(other, 'missing')}", which is not a program. Install one ` +
        '(on Debian: apt-get install firefox-esr), or name its program: ' +
        'FIREFOX_PATH=/path/to/browser npm run dev:firefox.',
    );
  });

  it('says where it looked and what to do when there is none', () => {
    expect(noBrowserMessage('chromium', onPath(bin))).toBe(
      'No Chromium or Chrome found: looked for chromium, chromium-browser, ' +
        'google-chrome-stable, google-chrome on PATH and in the usual install folders. ' +
        'Install one (on Debian: apt-get install chromium), or name its program: ' +
        'CHROMIUM_PATH=/path/to/browser npm run dev.',
    );
  });
});
