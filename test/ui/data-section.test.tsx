// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../src/db/backup';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { backupText } from '../../src/domain/backup/parse';
import { DataSection } from '../../src/ui/options/data/data-section';
import { aBackup, NOW } from '../domain/backup-fixture';
import { aContact } from '../db/factories';
import { startBackground, type BackgroundSeam } from '../support/background';
import { allAnswered } from '../support/messages';

// The import tells the background without waiting for its plan: that wake ends here, not in
// the next test's empty profile.
afterEach(async () => {
  await allAnswered();
  cleanup();
});

let background: BackgroundSeam;

beforeEach(() => {
  // Only Date is faked: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  background = startBackground();
  return () => vi.useRealTimers();
});

const fileInput = () => screen.getByLabelText(/Backup file/) as HTMLInputElement;

/**
 * Chooses a file in the page's file control, as the browser's dialog would: the control then
 * holds that file and its path until the page clears it. A browser reports no change when the
 * same file is chosen again while the control still holds it.
 */
function choose(name: string, text: string) {
  const input = fileInput();
  let path = `C:\\fakepath\\${name}`;
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => path,
    set: (value: string) => (path = value),
  });
  fireEvent.change(input);
}

const names = async () =>
  (await exportBackup(await openDb(), new Date(NOW))).contacts.map((contact) => contact.name);

describe('the backup panel', () => {
  it('imports once however often Import is pressed, and Undo takes back that import', async () => {
    await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam, as I had him' }));
    render(() => <DataSection />);
    choose('tend-backup.json', backupText(aBackup()));
    const preview = await screen.findByTestId('backup-preview');
    expect(preview.textContent).toContain('People and groups: 2 new, 1 replaced');

    const importButton = screen.getByRole('button', { name: 'Import' });
    fireEvent.click(importButton);
    // Years of data take seconds to write: the page says it is at work, in its status line.
    const working = screen.getByText(
      'Importing… A backup of years of connections can take a few seconds.',
    );
    expect(working.closest('[role="status"]')).not.toBeNull();
    fireEvent.click(importButton);
    await screen.findByText('The backup was imported.');
    expect(screen.queryByText(/^Importing…/)).toBeNull();
    expect(await names()).toEqual(['Alex Chen', 'Peer group', 'Sam Rivera']);
    await waitFor(() => expect(document.activeElement).toBe(fileInput()));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('The import was undone: Tend holds what it held before.');
    expect(await names()).toEqual(['Sam, as I had him']);
    // The Undo button is gone; the focus is not lost with it.
    expect(document.activeElement).toBe(fileInput());
    // One import and its undo, each told to the background.
    expect(background.told).toEqual(['import', 'import']);
  });

  it('keeps saying the import is at work while a backup is downloaded, and takes no other file until it ends', async () => {
    render(() => <DataSection />);
    choose('tend-backup.json', backupText(aBackup()));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    // Another file chosen now would take the place of the one being written, and its
    // preview would go when the first import ends.
    expect(fileInput().disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    expect(screen.getByText(/^Importing…/).closest('[role="status"]')).not.toBeNull();

    await screen.findByText('The backup was imported.');
    await screen.findByText(/^Saved everything to tend-backup-/);
    expect(screen.queryByText(/^Importing…/)).toBeNull();
    expect(fileInput().disabled).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(fileInput()));
  });

  it('keeps on Undo a person edited after the import, and names them', async () => {
    render(() => <DataSection />);
    choose('tend-backup.json', backupText(aBackup()));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('The backup was imported.');
    const db = await openDb();
    await saveContact(db, { ...(await db.get('contacts', 'sam'))!, notes: 'Edited since.' });

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/except for 1 you changed after it.*: Sam Rivera\./);
    expect((await db.get('contacts', 'sam'))?.notes).toBe('Edited since.');
    expect(await names()).toEqual(['Sam Rivera']);
  });

  it('refuses a bad file with the reason, changes nothing, and lets the mended file be chosen again', async () => {
    render(() => <DataSection />);
    await screen.findByText('Download a backup');
    const broken = JSON.parse(backupText(aBackup())) as { contacts: { name: string }[] };
    broken.contacts[0]!.name = '';
    choose('tend-backup.json', JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The person or group number 1 in the file (“sam”) cannot be imported: the field “name” is empty. Nothing was changed.',
    );
    expect(await names()).toEqual([]);
    expect(background.told).toEqual([]);
    // Cleared, so choosing the same file name again reports a change.
    expect(fileInput().value).toBe('');
    expect(screen.queryByTestId('backup-preview')).toBeNull();

    choose('tend-backup.json', backupText(aBackup()));
    await screen.findByTestId('backup-preview');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
