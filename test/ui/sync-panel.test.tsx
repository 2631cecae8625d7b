// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { savedPopupView } from '../../src/storage/popup-view';
import { NO_SYNC_STATUS, syncChoice, syncStatus } from '../../src/storage/sync';
import { SyncPanel } from '../../src/ui/options/data/sync-panel';
import { aContact } from '../db/factories';
import { send } from '../../src/messages';
import { checkIn } from '../domain/check-in-factory';
import { backgroundDone, startBackground } from '../support/background';
import { otherComputerEdits } from '../support/other-computer';

afterEach(cleanup);

beforeEach(async () => {
  const db = await openDb();
  await saveSettings(db, defaultSettings('Europe/London'));
  await saveContact(db, aContact({ id: 'sam', name: 'Sam Okafor' }));
  startBackground();
});

const theSwitch = () =>
  screen.getByRole<HTMLInputElement>('switch', {
    name: /Keep my network, check-ins and settings the same/,
  });
const tendItems = async () =>
  Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith('tend1.'));

describe('the sync switch', () => {
  it('is off by default and says so', async () => {
    render(() => <SyncPanel />);
    expect(theSwitch().checked).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>(/Include notes/).checked).toBe(false);
    await screen.findByText('Sync is off. Everything stays on this computer.');
  });

  it('says what is sent and to whom before it turns on; Cancel leaves it off', async () => {
    render(() => <SyncPanel />);
    fireEvent.click(theSwitch());
    expect(theSwitch().checked).toBe(false);
    await screen.findByText(/sync servers of your browser's maker/);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Before sync is turned on' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/sync servers of your browser's maker/)).toBeNull();
    expect(document.activeElement).toBe(theSwitch());
    expect((await syncChoice.getValue()).on).toBe(false);
    expect(await tendItems()).toEqual([]);
  });

  it('turns on at Confirm: the data goes to the sync area and the status line says when', async () => {
    render(() => <SyncPanel />);
    fireEvent.click(theSwitch());
    fireEvent.click(await screen.findByRole('button', { name: 'Turn sync on' }));
    await waitFor(() => expect(theSwitch().checked).toBe(true));
    await screen.findByText(/^Last synced /);
    await waitFor(async () => expect(await savedPopupView()).not.toBeNull());
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toContain('Sam Okafor');
  });

  it('takes Tend’s items out of the sync area when turned off', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    render(() => <SyncPanel />);
    await waitFor(() => expect(theSwitch().checked).toBe(true));
    fireEvent.click(theSwitch());
    await waitFor(() => expect(theSwitch().checked).toBe(false));
    await waitFor(async () => expect(await tendItems()).toEqual([]));
    // The background's wake after it, done before the next test's empty profile.
    await waitFor(async () => expect(await savedPopupView()).not.toBeNull());
    await screen.findByText('Sync is off. Everything stays on this computer.');
  });
});

describe('what did not fit', () => {
  it('names the people left out beside the old connections, and says everything stays here', async () => {
    await syncChoice.setValue({ on: true, includeNotes: true });
    await syncStatus.setValue({
      ...NO_SYNC_STATUS,
      lastAt: Date.now(),
      overflow: [
        { collection: 'interactions', notes: true, count: 300, newest: null },
        { collection: 'contacts', notes: true, count: 400, newest: null },
        { collection: 'interactions', notes: false, count: 1200, newest: Date.UTC(2026, 11, 14) },
        { collection: 'contacts', notes: false, count: 150, newest: null },
      ],
    });
    render(() => <SyncPanel />);
    await screen.findByText(
      /^People left out of sync: 150\. .*everyone is kept on this computer\.$/,
    );
    screen.getByText(/^Connections older than .*2026 did not sync; everything is kept/);
    screen.getByText(/^Some of your data did not fit/);
  });
});

describe('what another computer sent that Tend could not use', () => {
  it('is counted under the switch, and changes nothing here', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    await send('data-changed', { what: 'sync' });
    await backgroundDone();
    render(() => <SyncPanel />);
    await screen.findByText(/^Last synced /);
    // Written on the other computer some other way than its forms: two million years long.
    await otherComputerEdits(
      'Europe/London',
      (data) => data.checkIns.push(checkIn({ id: 'forever', durationMinutes: 1e12 })),
      Date.now(),
    );
    await screen.findByText(
      /^Changes from your other computers that Tend could not use: 1\. They break Tend's own rules/,
    );
    expect(await (await openDb()).get('checkIns', 'forever')).toBeUndefined();
  });
});
