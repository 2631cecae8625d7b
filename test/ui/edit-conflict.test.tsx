// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { logInteraction, updateInteraction } from '../../src/db/interactions';
import { openDb } from '../../src/db/open';
import { dataChanged } from '../../src/storage/data-changed';
import { ConnectionsSection } from '../../src/ui/options/network/connections-section';
import { NetworkSection } from '../../src/ui/options/network/network-section';
import { aConnection, aContact } from '../db/factories';
import { startBackground } from '../support/background';

afterEach(cleanup);

beforeEach(async () => {
  startBackground();
  await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam', notes: '' }));
});

/** One options tab showing the network, with Sam's form open. */
async function tabEditingSam() {
  const tab = within(render(() => <NetworkSection />).container);
  fireEvent.click(await tab.findByRole('button', { name: 'Edit Sam' }));
  const form = within(tab.getByRole('heading', { name: 'Edit' }).closest('form')!);
  return { tab, form };
}

const stored = async () => (await openDb()).get('contacts', 'sam');

describe('two tabs editing one person', () => {
  it('tab B’s save of another field does not lose tab A’s rename, and B chooses', async () => {
    const a = await tabEditingSam();
    const b = await tabEditingSam();
    fireEvent.input(a.form.getByLabelText('Name'), { target: { value: 'Samuel' } });
    fireEvent.click(a.form.getByRole('button', { name: 'Save' }));
    await a.tab.findByText('Saved the changes to Samuel.');

    fireEvent.input(b.form.getByLabelText('Notes'), { target: { value: 'Prefers mornings.' } });
    fireEvent.click(b.form.getByRole('button', { name: 'Save' }));

    // B is told what A changed, and nothing of B's is written yet.
    const question = await b.form.findByRole('group', { name: /another tab/ });
    expect(within(question).getByRole('alert').textContent).toBe(
      'This was changed in another tab or window after you opened it: Name is now “Samuel”. Nothing of yours is saved yet.',
    );
    const keepTheirs = within(question).getByRole('button', { name: 'Keep theirs' });
    expect(document.activeElement).toBe(keepTheirs);
    expect(await stored()).toMatchObject({ name: 'Samuel', notes: '' });

    // Use mine: B's notes go over A's record, and A's rename stays.
    fireEvent.click(within(question).getByRole('button', { name: 'Use mine' }));
    await b.tab.findByText('Saved the changes to Samuel.');
    expect(await stored()).toMatchObject({ name: 'Samuel', notes: 'Prefers mornings.' });
  });

  it('Keep theirs closes the form, writes nothing of B’s and shows A’s name', async () => {
    const b = await tabEditingSam();
    await saveContact(await openDb(), aContact({ id: 'sam', name: 'Samuel', notes: '' }));
    fireEvent.input(b.form.getByLabelText('Notes'), { target: { value: 'Prefers mornings.' } });
    fireEvent.click(b.form.getByRole('button', { name: 'Save' }));
    fireEvent.click(await b.form.findByRole('button', { name: 'Keep theirs' }));

    await waitFor(() => expect(b.tab.queryByRole('heading', { name: 'Edit' })).toBeNull());
    expect(await b.tab.findByRole('button', { name: 'Edit Samuel' })).toBeTruthy();
    expect(await stored()).toMatchObject({ name: 'Samuel', notes: '' });
  });

  it('an open list shows a rename another tab saved, without a reload', async () => {
    const list = within(render(() => <NetworkSection />).container);
    await list.findByRole('button', { name: 'Edit Sam' });
    // Another tab's write: the record, then its note to every open page.
    await saveContact(await openDb(), aContact({ id: 'sam', name: 'Samuel' }));
    await dataChanged.setValue({ what: 'contacts', page: 'another-tab', change: 'c1' });
    expect(await list.findByRole('button', { name: 'Edit Samuel' })).toBeTruthy();
  });

  it('a connection being edited keeps what is typed when another tab changes another one', async () => {
    const db = await openDb();
    const hour = 60 * 60 * 1000;
    const first = aConnection({ id: 'c1', at: Date.now() - 3 * hour, contactIds: ['sam'] });
    const second = aConnection({ id: 'c2', at: Date.now() - hour, contactIds: ['sam'] });
    await logInteraction(db, first);
    await logInteraction(db, second);
    render(() => <ConnectionsSection />);
    const edits = await screen.findAllByRole('button', { name: /^Edit / });
    // The newest first: the second row is the older connection.
    fireEvent.click(edits[1]!);
    const note = await screen.findByLabelText('Note (optional)', { selector: 'li textarea' });
    fireEvent.input(note, { target: { value: 'Half typed.' } });

    // Another tab changes the newer connection: its row shows it, this form stays as typed.
    await updateInteraction(db, { ...second, mode: 'phone' }, second);
    await dataChanged.setValue({ what: 'contacts', page: 'another-tab', change: 'c2' });
    await screen.findByText(/ · Phone · /);
    expect(
      (screen.getByLabelText('Note (optional)', { selector: 'li textarea' }) as HTMLTextAreaElement)
        .value,
    ).toBe('Half typed.');
  });
});
