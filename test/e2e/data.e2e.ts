import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchTend, type Tend } from './support/tend';

let tend: Tend;
let dir: string;

beforeEach(async () => {
  tend = await launchTend();
  dir = await mkdtemp(path.join(tmpdir(), 'tend-backup-e2e-'));
});

afterEach(async () => {
  await tend.close();
  await rm(dir, { recursive: true, force: true });
});

const names = (page: Page) => page.locator('.person-name').allTextContents();

async function addPerson(page: Page, name: string, role: string) {
  await page.getByRole('button', { name: 'Add a person or group' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('checkbox', { name: role, exact: true }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/** Empties the people store behind the page's back, as a new browser would have it. */
async function forgetEveryone(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['contacts', 'meta'], 'readwrite');
    tx.objectStore('contacts').clear();
    // A new generation, as Tend's own writes store one (src/db/generation.ts).
    tx.objectStore('meta').put(crypto.randomUUID(), 'generation');
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

const fileInput = (page: Page) => page.getByLabel(/Backup file/);

describe('backup and restore, in Chromium', () => {
  it('downloads a backup and imports it through the real file controls, with a preview and Undo', async () => {
    const page = await tend.open('options.html#network');
    await addPerson(page, 'Sam Rivera', 'Supervisor');
    await addPerson(page, 'Alex Chen', 'Colleague');
    await expect.poll(() => names(page)).toEqual(['Alex Chen', 'Sam Rivera']);

    await page.getByRole('link', { name: 'Your data' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      version: number;
      contacts: { name: string }[];
    };
    expect(backup.format).toBe('tend-backup');
    expect(backup.version).toBe(3);
    expect(backup.contacts.map((contact) => contact.name).sort()).toEqual([
      'Alex Chen',
      'Sam Rivera',
    ]);
    await expect
      .poll(() => page.locator('p.status[role="status"]').textContent())
      .toContain('Saved everything to tend-backup-');

    await forgetEveryone(page);
    await fileInput(page).setInputFiles(file);
    const preview = page.getByTestId('backup-preview');
    await expect
      .poll(() => preview.textContent())
      .toContain('People and groups: 2 new, 0 replaced');
    expect(await preview.textContent()).toContain(
      'Your settings will be replaced by the ones in the file.',
    );
    // The preview takes the focus, so a screen reader hears what will change.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backup-preview-heading');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.locator('.undo-bar').textContent())
      .toContain('The backup was imported.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('p.status[role="status"]').textContent())
      .toContain('The import was undone');
    await page.getByRole('link', { name: 'Support network' }).click();
    await expect.poll(() => names(page)).toEqual([]);

    await page.getByRole('link', { name: 'Your data' }).click();
    await fileInput(page).setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.locator('.undo-bar').textContent())
      .toContain('The backup was imported.');
    await page.getByRole('link', { name: 'Support network' }).click();
    await expect.poll(() => names(page)).toEqual(['Alex Chen', 'Sam Rivera']);
  });

  it('refuses a file that is not a backup, one cut short and one too large, changing nothing', async () => {
    const page = await tend.open('options.html#network');
    await addPerson(page, 'Sam Rivera', 'Supervisor');
    await expect.poll(() => names(page)).toEqual(['Sam Rivera']);
    await page.getByRole('link', { name: 'Your data' }).click();

    const alert = () => page.getByRole('alert').textContent();
    await fileInput(page).setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"contacts": []}'),
    });
    await expect.poll(alert).toContain('This file is not a Tend backup');

    await fileInput(page).setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "tend-backup", "version": 2, "contacts": [{"id": "a'),
    });
    await expect.poll(alert).toContain('it is not JSON, or it was cut short');

    await fileInput(page).setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(21 * 1024 * 1024, 0x20),
    });
    await expect.poll(alert).toContain('too large for a Tend backup');
    expect(await page.getByTestId('backup-preview').count()).toBe(0);

    await page.getByRole('link', { name: 'Support network' }).click();
    await expect.poll(() => names(page)).toEqual(['Sam Rivera']);
  });
});
