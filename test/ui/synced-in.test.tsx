// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { send } from '../../src/messages';
import { savedPopupView } from '../../src/storage/popup-view';
import { syncChoice } from '../../src/storage/sync';
import { NetworkSection } from '../../src/ui/options/network/network-section';
import { aContact } from '../db/factories';
import { backgroundDone, startBackground } from '../support/background';
import { otherComputerEdits } from '../support/other-computer';

const ZONE = 'Europe/London';

afterEach(cleanup);

beforeEach(async () => {
  startBackground();
  const db = await openDb();
  await saveSettings(db, defaultSettings(ZONE));
  await saveContact(db, aContact({ id: 'ana', name: 'Ana' }));
  await syncChoice.setValue({ on: true, includeNotes: false });
  await send('data-changed', { what: 'sync' });
  // The pass that joins follows the answer.
  await backgroundDone();
});

describe('an open options page', () => {
  it('shows a person another computer added, in place', async () => {
    render(() => <NetworkSection />);
    await screen.findByRole('button', { name: 'Edit Ana' });
    const now = Date.now();
    await otherComputerEdits(
      ZONE,
      (data) => {
        data.contacts.push(aContact({ id: 'chidi', name: 'Chidi', updatedAt: now }));
      },
      now,
    );
    await screen.findByRole('button', { name: 'Edit Chidi' });
    expect(screen.getByRole('button', { name: 'Edit Ana' })).toBeTruthy();
    // The wake that brought Chidi also planned again, for the popup.
    await waitFor(async () => expect(await savedPopupView()).not.toBeNull());
  });
});
