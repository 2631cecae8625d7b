// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedPopupView } from '../../src/storage/popup-view';
import { TemplatesSection } from '../../src/ui/options/templates/templates-section';
import { Composer } from '../../src/ui/popup/composer';
import type { OverdueView } from '../../src/ui/popup/load-today';
import { startBackground } from '../support/background';

afterEach(cleanup);

beforeEach(() => {
  startBackground();
});

const rosa: OverdueView = {
  id: 'rosa',
  name: 'Rosa Delgado',
  isGroup: false,
  reach: [{ kind: 'email', value: 'rosa@example.org' }],
  daysSince: 30,
  snoozedUntil: null,
};

/**
 * Saves templates through the options page; the background, told, plans the popup's view
 * again, and the composer opens with the templates that view carries.
 */
async function saveInOptions(purpose: string, subject: string, body: string) {
  render(() => <TemplatesSection />);
  const group = await screen.findByRole('group', { name: purpose });
  fireEvent.input(within(group).getByLabelText('Subject (used for e-mail)'), {
    target: { value: subject },
  });
  fireEvent.input(within(group).getByLabelText('Message'), { target: { value: body } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved. The popup will suggest these messages from now on.');
  cleanup();
  return (await savedPopupView())?.templates;
}

function renderComposer(templates: Awaited<ReturnType<typeof saveInOptions>>) {
  render(() => (
    <Composer
      person={rosa}
      templates={templates ?? undefined}
      onClose={() => {}}
      onLogged={() => {}}
    />
  ));
}

const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
const subject = () => screen.getByLabelText('Subject') as HTMLInputElement;

describe('saved templates in the composer', () => {
  it('suggests the user’s own check-in with the person’s first name filled in', async () => {
    const templates = await saveInOptions('Check in', 'Hello {name}', 'Dear {name}, coffee soon?');
    renderComposer(templates);
    expect(body().value).toBe('Dear Rosa, coffee soon?');
    expect(subject().value).toBe('Hello Rosa');
  });

  it('suggests the user’s own text for another purpose when it is chosen', async () => {
    const templates = await saveInOptions(
      'Say thank you',
      'Thanks',
      'Thank you, {name}. {name}, you made my week.',
    );
    renderComposer(templates);
    fireEvent.change(screen.getByLabelText('What for'), { target: { value: 'thank-you' } });
    expect(body().value).toBe('Thank you, Rosa. Rosa, you made my week.');
  });
});
