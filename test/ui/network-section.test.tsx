// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { logInteraction } from '../../src/db/interactions';
import { openDb } from '../../src/db/open';
import { NetworkSection } from '../../src/ui/options/network/network-section';
import { aConnection, aContact } from '../db/factories';
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
  it('counts the connections of the last 90 days in its reciprocity card, read after the list', async () => {
    const db = await openDb();
    const day = 86_400_000;
    const log = (id: string, daysAgo: number, direction: 'gave' | 'received') =>
      logInteraction(
        db,
        aConnection({ id, at: Date.now() - daysAgo * day, contactIds: ['ana'], direction }),
      );
    await log('recent-1', 1, 'gave');
    await log('recent-2', 30, 'gave');
    await log('recent-3', 60, 'received');
    await log('long-ago', 120, 'received');
    render(() => <NetworkSection />);
    expect((await screen.findByTestId('reciprocity-overall')).textContent).toBe(
      'Gave support: 2 · Received support: 1 · Both ways: 0',
    );
  });

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

  it('moves a renamed person to their place in the list, and keeps everyone else', async () => {
    render(() => <NetworkSection />);
    const shownNames = () =>
      [...document.querySelectorAll('.people .person-name')].map((name) => name.textContent);
    await waitFor(() => expect(shownNames()).toEqual(['Ana', 'Ben']));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana' }));
    fireEvent.input(nameField(), { target: { value: 'Zoe' } });
    savePerson();
    await waitFor(() => expect(shownNames()).toEqual(['Ben', 'Zoe']));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Zoe' }));
    fireEvent.input(nameField(), { target: { value: 'Ada' } });
    savePerson();
    await waitFor(() => expect(shownNames()).toEqual(['Ada', 'Ben']));
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
    // The list the search replaced stays in the page until the new one is painted, but
    // nothing reads it: one list of people, holding only the matches.
    const lists = screen.getAllByRole('list', { name: 'People and groups' });
    expect(lists).toHaveLength(1);
    expect(within(lists[0]!).getAllByRole('listitem')[0]!.textContent).toContain('Person 100');
    await waitFor(() => expect(shownNames()).toEqual(names.slice(100, 200)));
    expect(document.querySelectorAll('ul.people')).toHaveLength(1);
    fireEvent.input(search, { target: { value: '' } });
    await waitFor(() => expect(shownNames()).toEqual(all));
    expect(screen.getByText('Showing 202 of 202')).toBeTruthy();
  });

  it("names each row's links and buttons after the person, and acts on the person pressed", async () => {
    const db = await openDb();
    const until = Date.now() + 3 * 86_400_000;
    await saveContact(
      db,
      aContact({
        id: 'cleo',
        name: 'Cleo',
        reach: [{ kind: 'email', value: 'cleo@example.org' }],
        snoozedUntil: until,
      }),
    );
    render(() => <NetworkSection />);
    const link = await screen.findByRole('link', { name: 'E-mail: cleo@example.org' });
    expect(link.getAttribute('href')).toBe('mailto:cleo@example.org');
    const row = link.closest('li')!;
    expect(within(row).getByText(/^Quiet until /)).toBeTruthy();
    for (const name of ['Edit Cleo', 'Archive Cleo', 'Delete Cleo']) {
      expect(within(row).getByRole('button', { name })).toBeTruthy();
    }
    fireEvent.click(within(row).getByRole('button', { name: 'Remind me again Cleo' }));
    await waitFor(async () =>
      expect((await (await openDb()).get('contacts', 'cleo'))?.snoozedUntil).toBeNull(),
    );
    await waitFor(() => expect(screen.queryByText(/^Quiet until /)).toBeNull());
    expect(screen.queryByRole('button', { name: 'Remind me again Cleo' })).toBeNull();
  });

  it('shows a name whole in its tooltip when the pointer comes to it', async () => {
    render(() => <NetworkSection />);
    await waitFor(() => expect(document.querySelectorAll('.people .person-name')).toHaveLength(2));
    const ana = [...document.querySelectorAll<HTMLElement>('.people .person-name')].find(
      (name) => name.textContent === 'Ana',
    )!;
    fireEvent.pointerOver(ana);
    expect(ana.title).toBe('Ana');
  });

  it('marks someone due as soon as a shorter cadence for their role is saved', async () => {
    const db = await openDb();
    await saveContact(
      db,
      aContact({
        id: 'dora',
        name: 'Dora',
        roles: ['mentor'],
        lastContactAt: Date.now() - 10 * 86_400_000,
      }),
    );
    render(() => <NetworkSection />);
    const dora = (await screen.findByRole('button', { name: 'Edit Dora' })).closest('li')!;
    expect(within(dora).queryByText('Due for a reconnect')).toBeNull();
    const mentorCadence = document.querySelector<HTMLInputElement>(
      'input[name="role-cadence-mentor"]',
    )!;
    fireEvent.input(mentorCadence, { target: { value: '7' } });
    fireEvent.submit(mentorCadence.form!);
    await waitFor(() => expect(within(dora).getByText('Due for a reconnect')).toBeTruthy());
    expect(within(dora).getByRole('button', { name: 'Not this week Dora' })).toBeTruthy();
  });
});
