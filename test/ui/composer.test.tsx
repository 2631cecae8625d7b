// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import type { Templates } from '../../src/domain/compose';
import type { ReachWay } from '../../src/domain/types';
import { Composer } from '../../src/ui/popup/composer';
import type { OverdueView } from '../../src/ui/popup/load-today';
import { loadPending } from '../../src/ui/popup/pending-message';
import { aContact } from '../db/factories';
import { startBackground, type BackgroundSeam } from '../support/background';

afterEach(cleanup);

const enc = encodeURIComponent;
const CHECK_IN_BODY =
  'Hi Sam,\n\nIt has been a while and I was thinking of you. How are things with you? Would you like to catch up soon?';

let background: BackgroundSeam;

beforeEach(async () => {
  background = startBackground();
  await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam Rivera' }));
  // happy-dom would follow a target=_blank link; the test only needs its href.
  document.addEventListener('click', (event) => event.preventDefault());
});

function person(reach: ReachWay[], name = 'Sam Rivera'): OverdueView {
  return { id: 'sam', name, isGroup: false, reach, daysSince: 40, snoozedUntil: null };
}

function renderComposer(reach: ReachWay[], extra: { templates?: Templates } = {}) {
  const onLogged = vi.fn();
  const onClose = vi.fn();
  render(() => (
    <Composer person={person(reach)} onClose={onClose} onLogged={onLogged} {...extra} />
  ));
  return { onLogged, onClose };
}

const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
const purpose = () => screen.getByLabelText('What for') as HTMLSelectElement;
const sendLink = (name: string) => screen.getByRole('link', { name });
const logged = async () => (await openDb()).getAll('interactions');

describe('the composer', () => {
  it('suggests a check-in with the first name filled in, and moves focus into itself', () => {
    renderComposer([{ kind: 'email', value: 'sam@example.org' }]);
    expect(body().value).toBe(CHECK_IN_BODY);
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('Checking in');
    expect(document.activeElement).toBe(purpose());
  });

  it('suggests the message of the chosen purpose', () => {
    renderComposer([{ kind: 'email', value: 'sam@example.org' }]);
    fireEvent.change(purpose(), { target: { value: 'supervision' } });
    expect(body().value).toMatch(/^Hi Sam,\n\nCould we find time for a supervision session/);
  });

  it('keeps words the user wrote when the purpose changes, with the suggestion one click away', () => {
    renderComposer([{ kind: 'email', value: 'sam@example.org' }]);
    fireEvent.input(body(), { target: { value: 'Fancy a walk on Friday?' } });
    fireEvent.change(purpose(), { target: { value: 'supervision' } });
    expect(body().value).toBe('Fancy a walk on Friday?');
    fireEvent.click(screen.getByRole('button', { name: 'Use the suggestion instead' }));
    expect(body().value).toMatch(/^Hi Sam,\n\nCould we find time for a supervision session/);
    expect(screen.queryByRole('button', { name: 'Use the suggestion instead' })).toBeNull();
  });

  it('fills the user’s own templates', () => {
    const own = { subject: 'For {name}', body: '{name}, {name}!' };
    const templates = {
      'check-in': own,
      'thank-you': own,
      invite: own,
      supervision: own,
      'offer-support': own,
    };
    renderComposer([{ kind: 'email', value: 'sam@example.org' }], { templates });
    expect(body().value).toBe('Sam, Sam!');
  });

  it('opens a mailto: link with the edited subject and body encoded', () => {
    renderComposer([{ kind: 'email', value: 'sam@example.org' }]);
    const text = 'Hi Sam & co?\n#1 = 🙂';
    fireEvent.input(body(), { target: { value: text } });
    fireEvent.input(screen.getByLabelText('Subject'), { target: { value: 'Q&A?' } });
    const link = sendLink('Open E-mail');
    expect(link.getAttribute('href')).toBe(
      `mailto:sam@example.org?subject=${enc('Q&A?')}&body=${enc('Hi Sam & co?\r\n#1 = 🙂')}`,
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('sends an sms: with the body and no subject field', () => {
    renderComposer([{ kind: 'sms', value: '+1 555 0100' }]);
    expect(screen.queryByLabelText('Subject')).toBeNull();
    expect(sendLink('Open Text message').getAttribute('href')).toBe(
      `sms:+15550100?body=${enc(CHECK_IN_BODY)}`,
    );
  });

  it('opens a chat link and copies the text for pasting', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderComposer([{ kind: 'chat', value: 'https://chat.example/u/sam' }]);
    const link = sendLink('Open Chat (Teams, Slack…)');
    expect(link.getAttribute('href')).toBe('https://chat.example/u/sam');
    fireEvent.click(link);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(CHECK_IN_BODY));
  });

  it.each([
    ['a phone number', [{ kind: 'phone', value: '+1 555 0100' }]],
    ['no way to reach them', []],
  ] as const)('only copies for %s', async (_, reach) => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderComposer([...reach]);
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the message' }));
    await screen.findByText('Copied. Paste it where you write to them.');
    expect(writeText).toHaveBeenCalledWith(CHECK_IN_BODY);
  });

  it('chooses among the person’s ways to reach them', () => {
    renderComposer([
      { kind: 'email', value: 'sam@example.org' },
      { kind: 'sms', value: '+1 555 0100' },
    ]);
    fireEvent.change(screen.getByLabelText('Send by'), { target: { value: '1' } });
    expect(sendLink('Open Text message').getAttribute('href')).toMatch(/^sms:\+15550100\?body=/);
  });

  it('logs nothing until the user confirms the message went out, then one message given', async () => {
    const { onLogged } = renderComposer([{ kind: 'email', value: 'sam@example.org' }]);
    expect(screen.queryByRole('button', { name: 'It went out: log it' })).toBeNull();
    fireEvent.click(sendLink('Open E-mail'));
    const confirm = await screen.findByRole('button', { name: 'It went out: log it' });
    expect(await logged()).toEqual([]);
    expect(background.told).toEqual([]);

    fireEvent.click(confirm);
    await waitFor(() => expect(onLogged).toHaveBeenCalledWith('Logged a message to Sam Rivera.'));
    const [interaction, ...others] = await logged();
    expect(others).toEqual([]);
    expect(interaction).toMatchObject({
      contactIds: ['sam'],
      kind: 'message',
      mode: 'message',
      direction: 'gave',
    });
    expect((await (await openDb()).get('contacts', 'sam'))?.lastContactAt).toBe(interaction!.at);
    // Written to, Sam is no longer overdue: the background plans again.
    expect(background.told).toEqual(['contacts']);
  });

  it('keeps the question whether it went out from the moment the text is copied', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderComposer([{ kind: 'phone', value: '+1 555 0100' }]);
    expect(await loadPending()).toEqual([]);
    fireEvent.change(purpose(), { target: { value: 'thank-you' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the message' }));
    await waitFor(async () =>
      expect(await loadPending()).toEqual([
        { contactId: 'sam', name: 'Sam Rivera', at: expect.any(Number), purpose: 'thank-you' },
      ]),
    );
    expect(await logged()).toEqual([]);
  });

  it('closes on Cancel or Escape without logging', async () => {
    const { onClose } = renderComposer([{ kind: 'email', value: 'sam@example.org' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(body(), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(await logged()).toEqual([]);
  });
});
