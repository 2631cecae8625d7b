// @vitest-environment happy-dom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { migrations } from '../../src/db/migrations';
import { closeDb, openDatabase } from '../../src/db/open';
import { DB_NAME } from '../../src/db/schema';
import { NetworkSection } from '../../src/ui/options/network/network-section';
import { Popup } from '../../src/ui/popup/popup';
import { aContact } from '../db/factories';
import { startBackground } from '../support/background';

const UPDATE = /^Update Tend to open your data\. .*left it exactly as it was\.$/;

/** Sam, as a newer Tend stored him: the database is a version ahead of this one. */
async function savedByNewerTend() {
  closeDb();
  const newer = await openDatabase(DB_NAME, [...migrations, () => undefined]);
  await saveContact(newer, aContact({ id: 'sam', name: 'Sam Rivera' }));
  newer.close();
}

/** Sam is still there, as the newer Tend left him, once that Tend opens the data again. */
async function samAsLeft() {
  const newer = await openDatabase(DB_NAME, [...migrations, () => undefined]);
  const sam = await newer.get('contacts', 'sam');
  newer.close();
  return sam?.name;
}

beforeEach(async () => {
  await savedByNewerTend();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  startBackground();
});

afterEach(() => {
  cleanup();
  closeDb();
});

describe('a database a newer Tend saved', () => {
  it('the options page says to update Tend, not that it could not read the data', async () => {
    render(() => <NetworkSection />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(UPDATE);
    expect(alert.textContent).not.toContain('could not read');
    expect(await samAsLeft()).toBe('Sam Rivera');
  });

  it('the popup says to update Tend, from the background’s answer', async () => {
    render(() => <Popup />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(UPDATE);
    expect(await samAsLeft()).toBe('Sam Rivera');
  });
});
