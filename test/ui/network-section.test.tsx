// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { NetworkSection } from '../../src/ui/options/network/network-section';
import { aContact } from '../db/factories';
import { startBackground, type BackgroundSeam } from '../support/background';

afterEach(cleanup);

let background: BackgroundSeam;

beforeEach(async () => {
  background = startBackground();
  const db = await openDb();
  await saveContact(db, aContact({ id: 'ana', name: 'Ana', roles: ['mentor'] }));
  await saveContact(db, aContact({ id: 'ben', name: 'Ben', roles: ['friend'] }));
});

const nameField = () => screen.getByLabelText('Name') as HTMLInputElement;
// The reconnect settings below the list have a Save of their own.
const savePerson = () =>
  fireEvent.click(
    within(document.querySelector<HTMLElement>('.person-form')!).getByRole('button', {
      name: 'Save',
    }),
  );

describe('the network section', () => {
  it('opens a fresh form when Edit is pressed for someone else, and never saves one over the other', async () => {
    render(() => <NetworkSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Ana' }));
    fireEvent.input(nameField(), { target: { value: 'Ana (half typed)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ben' }));
    await waitFor(() => expect(nameField().value).toBe('Ben'));
    fireEvent.input(nameField(), { target: { value: 'Benjamin' } });
    savePerson();

    await screen.findByText('Saved the changes to Benjamin.');
    const db = await openDb();
    expect((await db.get('contacts', 'ana'))?.name).toBe('Ana');
    expect((await db.get('contacts', 'ben'))?.name).toBe('Benjamin');
  });

  it('takes an edit back with Undo', async () => {
    render(() => <NetworkSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Ana' }));
    fireEvent.input(nameField(), { target: { value: 'Anna' } });
    savePerson();
    await screen.findByText('Saved the changes to Anna.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await (await openDb()).get('contacts', 'ana'))?.name).toBe('Ana'),
    );
    // The edit and its undo each told the background (names show in the popup's view).
    await waitFor(() => expect(background.told).toEqual(['contacts', 'contacts']));
  });

  it('lists every person of a long network, in order, after a search is cleared', async () => {
    const db = await openDb();
    const names = Array.from({ length: 200 }, (_, i) => `Person ${String(i).padStart(3, '0')}`);
    const tx = db.transaction('contacts', 'readwrite');
    for (const name of names) void tx.store.put(aContact({ id: name, name }));
    await tx.done;
    render(() => <NetworkSection />);
    const shownNames = () =>
      [...document.querySelectorAll('.people .person-name')].map((name) => name.textContent);
    const all = ['Ana', 'Ben', ...names];
    await waitFor(() => expect(shownNames()).toEqual(all));
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: 'person 1' } });
    await waitFor(() => expect(shownNames()).toEqual(names.slice(100, 200)));
    fireEvent.input(search, { target: { value: '' } });
    await waitFor(() => expect(shownNames()).toEqual(all));
    expect(screen.getByText('Showing 202 of 202')).toBeTruthy();
  });
});
