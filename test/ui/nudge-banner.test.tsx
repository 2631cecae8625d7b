// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadSettings } from '../../src/db/settings';
import { nudgeFromOf } from '../../src/domain/page-address';
import { NudgeBanner } from '../../src/ui/options/nudge-banner';

afterEach(cleanup);
beforeEach(() => {
  // No background answers in these tests.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const muted = async () => (await loadSettings(await openDb())).mutedKinds;

describe('the banner after a notification click', () => {
  it('knows only real kinds of nudge from the address', () => {
    expect(nudgeFromOf('?from=boundary')).toBe('boundary');
    expect(nudgeFromOf('?from=<script>')).toBeNull();
    expect(nudgeFromOf('')).toBeNull();
  });

  it('says why the reminder came and turns that kind off, with undo', async () => {
    render(() => <NudgeBanner kind="boundary" />);
    expect(screen.getByText('From your end-of-day settings in Tend')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn these reminders off' }));
    await screen.findByText(/These reminders are off/);
    expect(await muted()).toEqual(['boundary']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('These reminders are on again.');
    expect(await muted()).toEqual([]);
  });
});
