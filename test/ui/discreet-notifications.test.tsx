// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { DiscreetNotifications } from '../../src/ui/options/work/discreet-notifications';
import { startBackground } from '../support/background';

afterEach(cleanup);

beforeEach(async () => {
  await saveSettings(await openDb(), defaultSettings('Europe/London'));
  startBackground();
});

describe('the discreet notifications choice', () => {
  it('starts at the default and saves a choice as it is made', async () => {
    render(() => <DiscreetNotifications initial="when-locked" />);
    const group = screen.getByRole('group', { name: 'Notifications on a shared screen' });
    expect(group).toBeTruthy();
    const locked = screen.getByRole<HTMLInputElement>('radio', {
      name: /while the screen is locked/,
    });
    expect(locked.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Always discreet' }));
    await waitFor(async () =>
      expect((await loadSettings(await openDb())).discreetNotifications).toBe('always'),
    );
  });
});
