// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/open';
import { loadSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { HoursForm } from '../../src/ui/options/hours/hours-form';
import { startBackground, type BackgroundSeam } from '../support/background';

const initial = defaultSettings('Europe/London');

// Without vitest globals the library cannot unmount by itself.
afterEach(cleanup);

let background: BackgroundSeam;

beforeEach(() => {
  background = startBackground();
});

function type(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  fireEvent.input(input, { target: { value } });
  return input;
}

describe('the hours form', () => {
  it('keeps focus on Save while it saves, and saves once however often it is pressed', async () => {
    render(() => <HoursForm initial={initial} />);
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.click(save);
    // Marked busy, not disabled: a disabled button would drop the focus to the page.
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.hasAttribute('disabled')).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('false'));
    expect(document.activeElement).toBe(save);
    expect(background.told).toEqual(['settings']);
  });

  it('marks the one reminder number that is out of range and saves nothing', async () => {
    render(() => <HoursForm initial={initial} />);
    const repeat = type('boundaryRepeatMinutes', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter a whole number of minutes from 5 to 240.')).toBeTruthy();
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    const wrapUp = document.querySelector('input[name="wrapUpMinutesBefore"]')!;
    expect(wrapUp.getAttribute('aria-invalid')).toBe('false');
    // Nothing was written: a new user's defaults still stand.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(await loadSettings(await openDb())).toEqual(defaultSettings(zone));
    expect(background.told).toEqual([]);
  });

  it('saves valid hours and puts the previous ones back on undo', async () => {
    render(() => <HoursForm initial={initial} />);
    type('day-1-end', '15:30');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Tend will use these hours from now on.');
    expect((await loadSettings(await openDb())).schedule.days[1]?.end).toBe('15:30');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Your previous settings are back.');
    expect((await loadSettings(await openDb())).schedule.days[1]?.end).toBe('17:00');
    await waitFor(() =>
      expect(document.querySelector<HTMLInputElement>('input[name="day-1-end"]')!.value).toBe(
        '17:00',
      ),
    );
    // The day now ends at another time: the save and its undo each replanned.
    expect(background.told).toEqual(['settings', 'settings']);
  });
});
