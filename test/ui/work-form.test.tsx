// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { WorkForm } from '../../src/ui/options/work/work-form';
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
const errorOf = (name: string) =>
  document.getElementById(field(name).getAttribute('aria-describedby')!)?.textContent;

describe('the work and breaks form', () => {
  it('saves limits typed in hours as minutes, and tells the background', async () => {
    const onSaved = vi.fn((_settings: Settings) => undefined);
    render(() => <WorkForm initial={settings} onSaved={onSaved} />);
    type('dailyLimitHours', '7.5');
    type('weeklyLimitHours', '');
    type('idleThresholdMinutes', '4.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Tend will use these from now on.');

    const stored = await loadSettings(await openDb());
    expect(stored.work.dailyLimitMinutes).toBe(450);
    expect(stored.work.weeklyLimitMinutes).toBeNull();
    expect(stored.idleThresholdSeconds).toBe(270);
    expect(onSaved).toHaveBeenCalledWith(stored);
    expect(background.told).toEqual(['settings']);
  });

  it('turns a break off with its checkbox, its figures then out of reach', async () => {
    render(() => <WorkForm initial={settings} onSaved={() => undefined} />);
    expect(field('shortAfterMinutes').disabled).toBe(false);
    fireEvent.click(screen.getByLabelText('Remind me to take short breaks'));
    expect(field('shortAfterMinutes').disabled).toBe(true);
    expect(field('shortMinutes').disabled).toBe(true);
    expect(field('longMinutes').disabled).toBe(false);
  });

  it('says what is out of range in the unit the field shows, and writes nothing', async () => {
    render(() => <WorkForm initial={settings} onSaved={() => undefined} />);
    type('dailyLimitHours', '30');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was saved. Please fix the fields marked below.',
    );
    expect(errorOf('dailyLimitHours')).toBe('Enter a number from 0.5 to 24.');
    expect(field('dailyLimitHours').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('weeklyLimitHours')).toBe('');
    expect(await loadSettings(await openDb())).toEqual(settings);
    expect(background.told).toEqual([]);
  });
});
