// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { NetworkSettings } from '../../src/domain/types';
import { ReconnectSettings } from '../../src/ui/options/network/reconnect-settings';
import { startBackground, type BackgroundSeam } from '../support/background';

const settings = defaultSettings('Europe/London');

afterEach(cleanup);

let background: BackgroundSeam;

beforeEach(async () => {
  await saveSettings(await openDb(), settings);
  background = startBackground();
});

const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } });
const stored = async () => (await loadSettings(await openDb())).network;

describe('the reconnect settings', () => {
  it('saves how many, when, how far apart and a role left without a cadence', async () => {
    const onSaved = vi.fn((_network: NetworkSettings) => undefined);
    render(() => <ReconnectSettings initial={settings.network} onSaved={onSaved} />);
    type('reconnect-max', '2');
    type('reconnect-from', '09:30');
    type('reconnect-gap', '14');
    type('role-cadence-colleague', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Tend will use these from now on.');

    const network = await stored();
    expect(network).toMatchObject({
      reconnectMaxPerDay: 2,
      reconnectFrom: '09:30',
      reconnectUntil: '16:00',
      reconnectGapDays: 14,
    });
    expect(network.cadenceByRole.colleague).toBeNull();
    expect(onSaved).toHaveBeenCalledWith(network);
    expect(background.told).toEqual(['settings']);
  });

  it('marks the field out of range, by its own error line, and writes nothing', async () => {
    render(() => <ReconnectSettings initial={settings.network} onSaved={() => undefined} />);
    type('reconnect-gap', '0');
    type('role-cadence-supervisor', '400');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was saved. Please fix the fields marked below.',
    );
    const gap = field('reconnect-gap');
    expect(gap.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(gap.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter a whole number of days from 1 to 90.',
    );
    const supervisor = field('role-cadence-supervisor');
    expect(document.getElementById(supervisor.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter whole days from 1 to 365, or leave it empty.',
    );
    expect(field('reconnect-max').getAttribute('aria-invalid')).toBe('false');
    expect(await stored()).toEqual(settings.network);
    expect(background.told).toEqual([]);
  });
});
