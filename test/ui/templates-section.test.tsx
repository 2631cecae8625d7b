// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadSettings, updateSettings } from '../../src/db/settings';
import { TemplatesSection } from '../../src/ui/options/templates/templates-section';
import { startBackground, type BackgroundSeam } from '../support/background';

afterEach(cleanup);

let background: BackgroundSeam;

beforeEach(() => {
  background = startBackground();
});

const CHECK_IN_BODY =
  'Hi {name},\n\nIt has been a while and I was thinking of you. How are things with you? Would you like to catch up soon?';

const group = (name: string) => screen.getByRole('group', { name });
const bodyOf = (purpose: string) =>
  within(group(purpose)).getByLabelText('Message') as HTMLTextAreaElement;
const subjectOf = (purpose: string) =>
  within(group(purpose)).getByLabelText('Subject (used for e-mail)') as HTMLInputElement;
const previewOf = (purpose: string) => group(purpose).querySelector('figure')!;
const save = () => fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
const stored = async () => (await loadSettings(await openDb())).templates;

async function renderSection() {
  render(() => <TemplatesSection />);
  await screen.findByRole('group', { name: 'Check in' });
}

describe('the message templates section', () => {
  it('shows the suggested messages, the {name} hint and that Tend never sends anything', async () => {
    await renderSection();
    expect(bodyOf('Check in').value).toBe(CHECK_IN_BODY);
    expect(subjectOf('Say thank you').value).toBe('Thank you');
    expect(screen.getByText(/Write \{name\} where the person’s first name should go/)).toBeTruthy();
    expect(screen.getByText(/Tend never sends a message itself/)).toBeTruthy();
    expect(bodyOf('Check in').getAttribute('aria-describedby')).toContain('templates-name-hint');
    // The preview reads as the message would, with a sample first name.
    expect(previewOf('Check in').textContent).toContain('Hi Sam,');
  });

  it('previews an edit with the sample name as it is typed', async () => {
    await renderSection();
    fireEvent.input(bodyOf('Offer support'), { target: { value: 'Dear {name}, I am here.' } });
    fireEvent.input(subjectOf('Offer support'), { target: { value: 'For {name}' } });
    expect(previewOf('Offer support').textContent).toContain('Dear Sam, I am here.');
    expect(previewOf('Offer support').textContent).toContain('Subject: For Sam');
  });

  it('saves an edit, and shows it again after a reload', async () => {
    await renderSection();
    fireEvent.input(subjectOf('Say thank you'), { target: { value: 'Cheers, {name}' } });
    fireEvent.input(bodyOf('Say thank you'), { target: { value: 'Thanks so much, {name}!' } });
    save();
    await screen.findByText('Saved. The popup will suggest these messages from now on.');
    // The popup's view carries the templates: the background plans it again.
    expect(background.told).toEqual(['settings']);

    const templates = await stored();
    expect(templates?.['thank-you']).toEqual({
      subject: 'Cheers, {name}',
      body: 'Thanks so much, {name}!',
    });
    // The others are stored as the user saw them.
    expect(templates?.['check-in'].body).toBe(CHECK_IN_BODY);

    cleanup();
    await renderSection();
    expect(subjectOf('Say thank you').value).toBe('Cheers, {name}');
    expect(bodyOf('Say thank you').value).toBe('Thanks so much, {name}!');
  });

  it('saves only the templates, never another section’s settings', async () => {
    await renderSection();
    // Another page changes the work settings while this one is open.
    await updateSettings(await openDb(), (current) => ({
      ...current,
      work: { ...current.work, dailyLimitMinutes: 480 },
    }));
    fireEvent.input(bodyOf('Check in'), { target: { value: 'Hey {name}' } });
    save();
    await screen.findByText('Saved. The popup will suggest these messages from now on.');
    const settings = await loadSettings(await openDb());
    expect(settings.work.dailyLimitMinutes).toBe(480);
    expect(settings.templates?.['check-in'].body).toBe('Hey {name}');
  });

  it('stores nothing of its own when the saved messages are the suggested ones', async () => {
    await renderSection();
    save();
    await screen.findByText('Saved. The popup will suggest these messages from now on.');
    expect(await stored()).toBeNull();
  });

  it('refuses a 5 000-character message with a message on the field, focuses it and saves nothing', async () => {
    await renderSection();
    fireEvent.input(subjectOf('Check in'), { target: { value: 'Changed' } });
    fireEvent.input(bodyOf('Invite to an informal gathering'), {
      target: { value: 'x'.repeat(5000) },
    });
    save();
    expect(
      await screen.findByText('A message can be at most 2000 characters; this one has 5000.'),
    ).toBeTruthy();
    const body = bodyOf('Invite to an informal gathering');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    const errorId = body.getAttribute('aria-describedby')!.split(' ')[1]!;
    expect(document.getElementById(errorId)?.textContent).toMatch(/at most 2000 characters/);
    expect(screen.getByRole('alert').textContent).toBe(
      'Nothing was saved. Please fix the fields marked below.',
    );
    await waitFor(() => expect(document.activeElement).toBe(body));
    expect(await stored()).toBeNull();
  });

  it('refuses a message of only spaces, and a subject over 200 characters', async () => {
    await renderSection();
    fireEvent.input(subjectOf('Check in'), { target: { value: 's'.repeat(201) } });
    fireEvent.input(bodyOf('Ask for supervision time'), { target: { value: '   \n ' } });
    save();
    expect(
      await screen.findByText('A subject can be at most 200 characters; this one has 201.'),
    ).toBeTruthy();
    expect(screen.getByText('Write a message, or reset it to the suggested one.')).toBeTruthy();
    expect(subjectOf('Check in').getAttribute('aria-invalid')).toBe('true');
    expect(bodyOf('Ask for supervision time').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(subjectOf('Check in')));
    expect(await stored()).toBeNull();
  });

  it('saves markup as plain text and shows it as text', async () => {
    await renderSection();
    const markup = '<b>Hi</b> {name} <img src=x onerror="alert(1)">';
    fireEvent.input(bodyOf('Check in'), { target: { value: markup } });
    expect(previewOf('Check in').querySelector('b, img')).toBeNull();
    expect(previewOf('Check in').textContent).toContain('<b>Hi</b> Sam <img');
    save();
    await screen.findByText('Saved. The popup will suggest these messages from now on.');
    expect((await stored())?.['check-in'].body).toBe(markup);
  });

  it('asks for a second Save before keeping a message that looks like a case number', async () => {
    await renderSection();
    fireEvent.input(bodyOf('Check in'), { target: { value: 'Hi {name}, about case #448812' } });
    save();
    expect(await screen.findByText('a case or record number')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(bodyOf('Check in')));
    expect(await stored()).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await screen.findByText('Saved. The popup will suggest these messages from now on.');
    expect((await stored())?.['check-in'].body).toBe('Hi {name}, about case #448812');
  });

  it('resets one purpose to the suggested message at once, and Undo brings the user’s back', async () => {
    await renderSection();
    fireEvent.input(bodyOf('Say thank you'), { target: { value: 'Ta, {name}' } });
    fireEvent.input(bodyOf('Check in'), { target: { value: 'Yo {name}' } });
    save();
    await screen.findByText('Saved. The popup will suggest these messages from now on.');

    fireEvent.click(screen.getByRole('button', { name: 'Reset to suggested: Say thank you' }));
    await screen.findByText('The “Say thank you” message is back to the suggested one.');
    expect(bodyOf('Say thank you').value).toMatch(/^Hi \{name\},\n\nI wanted to say thank you/);
    expect(bodyOf('Check in').value).toBe('Yo {name}');
    await waitFor(async () =>
      expect((await stored())?.['thank-you'].body).toMatch(/^Hi \{name\},/),
    );
    expect((await stored())?.['check-in'].body).toBe('Yo {name}');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Your previous messages are back.');
    expect(bodyOf('Say thank you').value).toBe('Ta, {name}');
    expect((await stored())?.['thank-you'].body).toBe('Ta, {name}');
    // The save, the reset and its undo: each told the background.
    expect(background.told).toEqual(['settings', 'settings', 'settings']);
  });

  it('resets every purpose, storing nothing of its own, and Undo brings them all back', async () => {
    await renderSection();
    fireEvent.input(bodyOf('Check in'), { target: { value: 'Yo {name}' } });
    fireEvent.input(subjectOf('Offer support'), { target: { value: 'Here for you' } });
    save();
    await screen.findByText('Saved. The popup will suggest these messages from now on.');

    fireEvent.click(screen.getByRole('button', { name: 'Reset all to suggested' }));
    await screen.findByText('All messages are back to the suggested ones.');
    expect(bodyOf('Check in').value).toBe(CHECK_IN_BODY);
    expect(subjectOf('Offer support').value).toBe('Here if you need me');
    expect(await stored()).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Your previous messages are back.');
    expect(bodyOf('Check in').value).toBe('Yo {name}');
    expect(subjectOf('Offer support').value).toBe('Here for you');
    const templates = await stored();
    expect(templates?.['check-in'].body).toBe('Yo {name}');
    expect(templates?.['offer-support'].subject).toBe('Here for you');
  });
});
