// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { EraseEverything } from '../../src/ui/options/data/erase-everything';
import { aContact } from '../db/factories';
import { startBackground, type BackgroundSeam } from '../support/background';

afterEach(cleanup);

let background: BackgroundSeam;

beforeEach(async () => {
  await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam Lee' }));
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [] } as never);
  background = startBackground();
});

const openConfirmation = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
  return screen.getByRole('group', { name: 'Erase everything Tend keeps in this browser?' });
};

describe('erase everything', () => {
  it('names what goes and takes the focus to the question', () => {
    render(() => <EraseEverything />);
    const confirmation = openConfirmation();
    expect(document.activeElement?.id).toBe('erase-confirm-heading');
    for (const what of ['people, check-ins', 'settings', 'popup', 'alarms', 'site access']) {
      expect(confirmation.textContent).toContain(what);
    }
    expect(screen.getByRole('button', { name: 'Download a backup first' })).toBeTruthy();
  });

  it('erases nothing on Cancel or Escape, and gives the focus back', async () => {
    render(() => <EraseEverything />);
    fireEvent.click(within(openConfirmation()).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement?.textContent).toBe('Erase everything…');
    fireEvent.keyDown(openConfirmation(), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Erase everything…');
    expect(background.asked).not.toContain('erase-everything');
    expect(await (await openDb()).count('contacts')).toBe(1);
  });

  it('erases through the background and says it is done', async () => {
    render(() => <EraseEverything />);
    openConfirmation();
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
    const done = await screen.findByText(/Everything is erased/);
    expect(document.activeElement).toBe(done);
    expect(background.asked).toContain('erase-everything');
    expect(await (await openDb()).count('contacts')).toBe(0);
  });
});
