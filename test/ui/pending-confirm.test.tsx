// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { Composer } from '../../src/ui/popup/composer';
import type { OverdueView } from '../../src/ui/popup/load-today';
import { PendingConfirm } from '../../src/ui/popup/pending-confirm';
import { answerPending, loadPending, savePending } from '../../src/ui/popup/pending-message';
import { aContact } from '../db/factories';
import { startBackground, type BackgroundSeam } from '../support/background';
import { sentence } from '../support/sentence';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const sam: OverdueView = {
  id: 'sam',
  name: 'Sam Rivera',
  isGroup: false,
  reach: [{ kind: 'email', value: 'sam@example.org' }],
  daysSince: 40,
  snoozedUntil: null,
};
const logged = async () => (await openDb()).getAll('interactions');
const QUESTION = 'Did your message to Sam Rivera go out?';

let background: BackgroundSeam;

beforeEach(async () => {
  background = startBackground();
  await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam Rivera' }));
  document.addEventListener('click', (event) => event.preventDefault());
});

/** The user presses "Open E-mail" in the composer, and the popup closes on the way out. */
async function sendAndClose() {
  render(() => <Composer person={sam} onClose={() => undefined} onLogged={() => undefined} />);
  fireEvent.click(screen.getByRole('link', { name: 'Open E-mail' }));
  await waitFor(async () => expect(await loadPending()).toHaveLength(1));
  cleanup();
}

function renderQuestion() {
  const onChanged = vi.fn();
  render(() => <PendingConfirm onChanged={onChanged} />);
  return { onChanged };
}

describe('the question whether a message went out', () => {
  it('asks nothing when no message is waiting for an answer', async () => {
    renderQuestion();
    // Give the read a chance to finish.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/go out\?/)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks again when the popup reopens, and logs nothing until the user says yes', async () => {
    await sendAndClose();
    renderQuestion();
    await screen.findByText(sentence(QUESTION));
    cleanup();
    // Reopened again: still asked, still nothing logged.
    const { onChanged } = renderQuestion();
    await screen.findByText(sentence(QUESTION));
    expect(await logged()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Yes, log it', description: /Sam Rivera/ }));
    expect((await screen.findByRole('status')).textContent).toBe('Logged a message to Sam Rivera.');
    const [interaction, ...others] = await logged();
    expect(others).toEqual([]);
    expect(interaction).toMatchObject({
      contactIds: ['sam'],
      kind: 'message',
      mode: 'message',
      direction: 'gave',
    });
    expect((await (await openDb()).get('contacts', 'sam'))?.lastContactAt).toBe(interaction!.at);
    expect(onChanged).toHaveBeenCalled();
    expect(background.told).toEqual(['contacts']);
    expect(screen.queryByText(sentence(QUESTION))).toBeNull();

    cleanup();
    renderQuestion();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(sentence(QUESTION))).toBeNull();
    expect(await logged()).toHaveLength(1);
  });

  it('forgets the message when the user says it did not go out', async () => {
    await sendAndClose();
    renderQuestion();
    fireEvent.click(await screen.findByRole('button', { name: 'No, it didn’t' }));
    expect((await screen.findByRole('status')).textContent).toBe('Nothing logged for Sam Rivera.');
    expect(await logged()).toEqual([]);
    expect(await loadPending()).toEqual([]);
    // Nothing was written, so there was nothing to tell.
    expect(background.told).toEqual([]);
  });

  it('is answered by confirming in the composer', async () => {
    render(() => <Composer person={sam} onClose={() => undefined} onLogged={() => undefined} />);
    fireEvent.click(screen.getByRole('link', { name: 'Open E-mail' }));
    await waitFor(async () => expect(await loadPending()).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: 'It went out: log it' }));
    await waitFor(async () => expect(await logged()).toHaveLength(1));
    expect(await loadPending()).toEqual([]);
  });

  it('does not log twice when the composer answered it first', async () => {
    await sendAndClose();
    renderQuestion();
    await screen.findByText(sentence(QUESTION));
    // The same message is confirmed in a composer while the question still shows.
    render(() => <Composer person={sam} onClose={() => undefined} onLogged={() => undefined} />);
    fireEvent.click(screen.getByRole('link', { name: 'Open E-mail' }));
    fireEvent.click(await screen.findByRole('button', { name: 'It went out: log it' }));
    await waitFor(async () => expect(await loadPending()).toEqual([]));
    await waitFor(async () => expect(await logged()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, log it' }));
    await waitFor(() => expect(screen.queryByText(sentence(QUESTION))).toBeNull());
    expect(await logged()).toHaveLength(1);
  });

  it('does not ask here about a message started in this popup, which its composer asks about', async () => {
    await saveContact(await openDb(), aContact({ id: 'ana', name: 'Ana' }));
    await savePending({
      contactId: 'ana',
      name: 'Ana',
      at: Date.now() - 60_000,
      purpose: 'invite',
    });
    renderQuestion();
    await screen.findByText(sentence('Did your message to Ana go out?'));
    render(() => <Composer person={sam} onClose={() => undefined} onLogged={() => undefined} />);
    fireEvent.click(screen.getByRole('link', { name: 'Open E-mail' }));
    await waitFor(async () => expect(await loadPending()).toHaveLength(2));
    // Answering Ana's question reads the list again: Sam's must not show up beside his composer.
    fireEvent.click(screen.getByRole('button', { name: 'No, it didn’t' }));
    const status = await screen.findByText(sentence('Nothing logged for Ana.'));
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(screen.queryByText(sentence(QUESTION))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'It went out: log it' }));
    await waitFor(async () => expect(await logged()).toHaveLength(1));
  });

  it('does not log twice when the question was answered before the composer confirms', async () => {
    const onLogged = vi.fn();
    render(() => <Composer person={sam} onClose={() => undefined} onLogged={onLogged} />);
    fireEvent.click(screen.getByRole('link', { name: 'Open E-mail' }));
    await waitFor(async () => expect(await loadPending()).toHaveLength(1));
    // Another popup, opened meanwhile, was told it went out.
    const [question] = await loadPending();
    expect(await answerPending(question!, true)).toBe('logged');
    fireEvent.click(await screen.findByRole('button', { name: 'It went out: log it' }));
    await waitFor(() =>
      expect(onLogged).toHaveBeenCalledWith(
        'That message was already answered; nothing more was logged for Sam Rivera.',
      ),
    );
    expect(await logged()).toHaveLength(1);
  });

  it('stops asking after a day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-23T10:00:00Z'));
    await sendAndClose();
    vi.setSystemTime(Date.parse('2026-11-24T09:59:00Z'));
    renderQuestion();
    await screen.findByText(sentence(QUESTION));
    cleanup();
    vi.setSystemTime(Date.parse('2026-11-24T10:00:00Z'));
    renderQuestion();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(sentence(QUESTION))).toBeNull();
    expect(await loadPending()).toEqual([]);
  });
});
