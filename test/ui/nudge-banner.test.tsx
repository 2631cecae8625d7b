// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadSettings } from '../../src/db/settings';
import { nudgeFromOf } from '../../src/domain/page-address';
import { NudgeBanner } from '../../src/ui/options/nudge-banner';
import { startBackground, type BackgroundSeam } from '../support/background';

afterEach(cleanup);

let background: BackgroundSeam;

beforeEach(() => {
  background = startBackground();
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
    expect(background.told).toEqual(['settings', 'settings']);
  });

  it('ends the day and snoozes the reminder, each told to the background', async () => {
    render(() => <NudgeBanner kind="boundary" />);
    fireEvent.click(screen.getByRole('button', { name: 'End my day' }));
    await screen.findByText('Your day is ended. Rest well.');
    fireEvent.click(screen.getByRole('button', { name: 'Not for an hour' }));
    await screen.findByText('No more of these for an hour.');
    expect(background.told).toEqual(['activity', 'activity']);
  });
});
