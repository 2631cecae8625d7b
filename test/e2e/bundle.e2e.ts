import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/tend';

/** Every script and stylesheet a page of the build loads, as paths inside the build. */
async function loadedBy(page: string): Promise<string[]> {
  const html = await readFile(path.join(EXTENSION_DIR, page), 'utf8');
  const direct = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  // A chunk may import further chunks; follow them so nothing hides one level down.
  const seen = new Set<string>();
  const queue = [...direct];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(path.join(EXTENSION_DIR, file), 'utf8');
    for (const m of code.matchAll(/["'](?:\.\.?\/|\/)?((?:chunks|assets)\/[^"']+\.js)["']/g)) {
      queue.push(m[1]!);
    }
  }
  return [...seen];
}

describe('the built popup', () => {
  it('loads none of the options page’s code', async () => {
    const files = await loadedBy('popup.html');
    expect(files.some((file) => file.includes('popup'))).toBe(true);
    const code = (
      await Promise.all(files.map((file) => readFile(path.join(EXTENSION_DIR, file), 'utf8')))
    ).join('\n');
    const optionsCode = (
      await Promise.all(
        (await loadedBy('options.html')).map((file) =>
          readFile(path.join(EXTENSION_DIR, file), 'utf8'),
        ),
      )
    ).join('\n');
    // Markers that only the options page's components contain (its forms, the Insights
    // charts, the backup format), checked there too so that none of them goes stale.
    for (const marker of [
      'person-form',
      'connection-form',
      'hours-form',
      'coverage',
      'reciprocity',
      'insights-svg',
      'tend-backup',
    ]) {
      expect(optionsCode, marker).toContain(marker);
      expect(code, marker).not.toContain(marker);
    }
    expect(files.some((file) => file.includes('options'))).toBe(false);
  });

  it('loads none of the planner: it paints from the view the background stored', async () => {
    const files = await loadedBy('popup.html');
    const code = (
      await Promise.all(files.map((file) => readFile(path.join(EXTENSION_DIR, file), 'utf8')))
    ).join('\n');
    // The gathering rule's first Monday, from which it counts weeks: in the background, which
    // plans, and nowhere else.
    const marker = '1970-01-05';
    expect(await readFile(path.join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain(marker);
    expect(code).not.toContain(marker);
  });
});

describe('the built manifest', () => {
  it('opens the popup with a keyboard shortcut, described in the catalogue', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
    ) as {
      commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
    };
    const open = manifest.commands?._execute_action;
    expect(open?.suggested_key?.default).toBe('Alt+Shift+T');
    const messages = JSON.parse(
      await readFile(path.join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    const key = /^__MSG_(\w+)__$/.exec(open?.description ?? '')?.[1];
    expect(key && messages[key]?.message).toBeTruthy();
  });
});
