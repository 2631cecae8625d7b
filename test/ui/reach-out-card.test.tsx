// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import type { OverdueView, PopupView } from '../../src/ui/popup/load-today';
import { FirstRun } from '../../src/ui/popup/first-run';
import { QuickLog } from '../../src/ui/popup/quick-log';
import { ReachOutCard } from '../../src/ui/popup/reach-out-card';
import { aContact } from '../db/factories';
import { startBackground, type BackgroundSeam } from '../support/background';
import { sentence } from '../support/sentence';

afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;

let background: BackgroundSeam;

beforeEach(async () => {
  background = startBackground();
  const db = await openDb();
  await saveContact(db, aContact({ id: 'sam', name: 'Sam Rivera' }));
  await saveContact(db, aContact({ id: 'ana', name: 'Ana' }));
});

const sam: OverdueView = {
  id: 'sam',
  name: 'Sam Rivera',
  isGroup: false,
  reach: [{ kind: 'email', value: 'sam@example.org' }],
  daysSince: 21,
  snoozedUntil: null,
};
const ana: OverdueView = { ...sam, id: 'ana', name: 'Ana', reach: [], daysSince: null };
const stored = async (id: string) => (await openDb()).get('contacts', id);

describe('the reach-out card', () => {
  it('lists the people in the order given, with when they were last in touch', () => {
    render(() => <ReachOutCard people={[sam, ana]} onChanged={() => undefined} />);
    const rows = screen.getAllByTestId('reach-out-person').map((row) => row.textContent);
    expect(rows[0]).toContain('Sam Rivera 3 weeks ago');
    expect(rows[1]).toContain('Ana not logged yet');
  });

  it('says so calmly when nobody is overdue', () => {
    render(() => <ReachOutCard people={[]} onChanged={() => undefined} />);
    screen.getByText('Nobody is overdue. Your network is in good shape.');
  });

  it('opens the composer for one person, focused, and gives focus back when it closes', async () => {
    render(() => <ReachOutCard people={[sam, ana]} onChanged={() => undefined} />);
    const message = screen.getByRole('button', { name: 'Write a message to Sam Rivera' });
    fireEvent.click(message);
    expect(message.getAttribute('aria-expanded')).toBe('true');
    // The composer is a lazy chunk: it mounts once loaded.
    const composer = await screen.findByRole('region', { name: 'Message to Sam Rivera' });
    expect(composer.contains(document.activeElement)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Message to Sam Rivera' })).toBeNull();
    expect(document.activeElement).toBe(message);
  });

  it('logs a message once the user says it went out, and keeps focus in the card', async () => {
    // happy-dom would follow a target=_blank link; the test only needs the click.
    document.addEventListener('click', (event) => event.preventDefault());
    const onChanged = vi.fn();
    render(() => <ReachOutCard people={[sam, ana]} onChanged={onChanged} />);
    fireEvent.click(screen.getByRole('button', { name: 'Write a message to Sam Rivera' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Open E-mail' }));
    expect(await (await openDb()).getAll('interactions')).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'It went out: log it' }));
    await screen.findByText(sentence('Logged a message to Sam Rivera.'));
    expect(screen.queryByRole('region', { name: 'Message to Sam Rivera' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Reach out' }));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(await (await openDb()).getAll('interactions')).toHaveLength(1);
    expect(background.told).toEqual(['contacts']);
  });

  it('puts someone off for a week, and Undo brings them back', async () => {
    const onChanged = vi.fn((_planned?: PopupView | null) => undefined);
    render(() => <ReachOutCard people={[sam]} onChanged={onChanged} />);
    // The polite live region the offer is said in is there, empty, before anything is done:
    // a screen reader hears only changes to a region it already knows.
    const [slot] = screen
      .getAllByRole('status')
      .filter((one) => one.classList.contains('undo-slot'));
    expect(slot?.getAttribute('aria-live')).toBe('polite');
    expect(slot?.textContent).toBe('');
    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'Not this week for Sam Rivera' }));
    await screen.findByText(sentence('Sam Rivera will not come up for a week.'));
    expect(slot?.textContent).toContain('Sam Rivera will not come up for a week.');
    // Their row is about to leave the list: focus stays in the card.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Reach out' }));
    const until = (await stored('sam'))!.snoozedUntil!;
    expect(until).toBeGreaterThanOrEqual(before + 7 * DAY);
    expect(until).toBeLessThan(before + 8 * DAY);
    expect(onChanged).toHaveBeenCalledTimes(1);

    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.click(undo);
    // The page hears back once the background has answered, after the write itself.
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    // The Undo button went with its offer: focus stays where it was, not on the page.
    await waitFor(() => expect(document.activeElement?.classList.contains('undo-slot')).toBe(true));
    expect((await stored('sam'))!.snoozedUntil).toBeNull();
    // Each handed on the view the background planned: Sam left the overdue, then came back.
    expect(background.told).toEqual(['contacts', 'contacts']);
    expect(onChanged.mock.calls.map(([planned]) => planned?.overdue.map(({ id }) => id))).toEqual([
      ['ana'],
      ['ana', 'sam'],
    ]);
  });
});

describe('the quick log', () => {
  it('opens on the people in the network, by name, with the list focused', async () => {
    const db = await openDb();
    await saveContact(db, aContact({ id: 'old', name: 'Ada', archived: true }));
    render(() => <QuickLog onChanged={() => undefined} />);
    // No names before the user asks for them.
    expect(screen.queryByLabelText('Who')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose a person' }));
    const who = (await screen.findByLabelText('Who')) as HTMLSelectElement;
    expect([...who.options].map((option) => option.text)).toEqual([
      'Choose a person',
      'Ana',
      'Sam Rivera',
    ]);
    expect(document.activeElement).toBe(who);
  });

  it('logs a connection in two choices, with the rest defaulted, and undoes it', async () => {
    const onChanged = vi.fn();
    render(() => <QuickLog onChanged={onChanged} />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a person' }));
    await screen.findByLabelText('Who');
    expect(screen.queryByRole('group', { name: 'Kind of connection' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Who'), { target: { value: 'sam' } });
    fireEvent.click(
      screen.getByRole('button', { name: 'Log Peer check-in with the chosen person' }),
    );
    await screen.findByText(sentence(/with Sam Rivera just now\./));
    // Ready for the next one.
    expect(document.activeElement).toBe(screen.getByLabelText('Who'));
    const db = await openDb();
    const [interaction] = await db.getAll('interactions');
    expect(interaction).toMatchObject({
      contactIds: ['sam'],
      kind: 'peer-check-in',
      mode: 'in-person',
      direction: 'both',
    });
    expect((await stored('sam'))!.lastContactAt).toBe(interaction!.at);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(await db.getAll('interactions')).toEqual([]);
    expect((await stored('sam'))!.lastContactAt).toBeNull();
    expect(background.told).toEqual(['contacts', 'contacts']);
  });
});

describe('the first run', () => {
  it('points to the two first steps', () => {
    render(() => <FirstRun />);
    expect(screen.getByRole('link', { name: 'Set your hours' }).getAttribute('href')).toBe(
      '/options.html#hours',
    );
    expect(
      screen
        .getByRole('link', { name: /^Add three people of different kinds/ })
        .getAttribute('href'),
    ).toBe('/options.html#network');
  });
});
