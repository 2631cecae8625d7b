// @vitest-environment happy-dom
import { TZDate } from '@date-fns/tz';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/db/open';
import { listReflections, saveReflection } from '../../src/db/reflections';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Reflection } from '../../src/domain/types';
import { ReflectionSection } from '../../src/ui/options/reflection/reflection-section';
import { startBackground, type BackgroundSeam } from '../support/background';

const ZONE = 'Europe/London';
// Friday 27 November 2026, 15:05 in London: the week of Monday 23 November.
const FRIDAY = new TZDate('2026-11-27T15:05', ZONE).getTime();

const lastWeek: Reflection = {
  id: 'last',
  weekStart: '2026-11-16',
  energy: 2,
  stress: 4,
  connected: null,
  supported: 3,
  note: 'Tiring, but the team lunch helped.',
  createdAt: new TZDate('2026-11-20T15:10', ZONE).getTime(),
};

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

beforeEach(async () => {
  // Only Date is faked: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FRIDAY);
  await saveSettings(await openDb(), defaultSettings(ZONE));
  background = startBackground();
});

// This week's form, or a row's edit form when one is open in the list.
const item = (question: string, inside: HTMLElement = document.body) =>
  within(inside).getByRole('group', { name: question });
const choose = (question: string, level: string, inside?: HTMLElement) =>
  fireEvent.click(within(item(question, inside)).getByRole('radio', { name: level }));
const stored = async () => listReflections(await openDb());

let background: BackgroundSeam;

describe('the weekly reflection section', () => {
  it('moves on to the new week when the page, left open, is looked at again after Monday', async () => {
    render(() => <ReflectionSection />);
    await screen.findByRole('heading', { name: 'This week, starting Nov 23, 2026' });
    // The tab stays open over the weekend; on Monday the user comes back to it.
    vi.setSystemTime(new TZDate('2026-11-30T09:00', ZONE).getTime());
    document.dispatchEvent(new Event('visibilitychange'));
    await screen.findByRole('heading', { name: 'This week, starting Nov 30, 2026' });
  });

  it('saves this week’s reflection and lists it, with the form giving way to a calm note', async () => {
    render(() => <ReflectionSection />);
    await screen.findByRole('heading', { name: 'This week, starting Nov 23, 2026' });
    choose('How much energy did you have this week?', '4');
    choose('How stressed did you feel this week?', '2');
    fireEvent.input(screen.getByLabelText('A note for yourself (optional)'), {
      target: { value: 'A good supervision on Tuesday.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));

    await screen.findByText('Saved your reflection for the week starting Nov 23, 2026.');
    // A week with its reflection gets no nudge for one: the background plans again.
    expect(background.told).toEqual(['reflections']);
    expect(await stored()).toEqual([
      expect.objectContaining({
        weekStart: '2026-11-23',
        energy: 4,
        stress: 2,
        connected: null,
        supported: null,
        note: 'A good supervision on Tuesday.',
        createdAt: FRIDAY,
      }),
    ]);
    expect(
      screen.getByText('This week’s reflection is saved. You can change it in the list below.'),
    ).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Your reflections, newest first' });
    expect(within(list).getByText('Energy: 4 of 5')).toBeTruthy();
    expect(within(list).getByText('Connected: left out')).toBeTruthy();
  });

  it('says what is wrong and saves nothing when the form is empty or the note too long', async () => {
    render(() => <ReflectionSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save reflection' }));
    await screen.findByText(
      'Choose at least one answer or write a note, or skip this week instead.',
    );
    expect(await stored()).toEqual([]);

    choose('How supported did you feel?', '5');
    fireEvent.input(screen.getByLabelText('A note for yourself (optional)'), {
      target: { value: 'x'.repeat(2001) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await screen.findByText('This is too long to keep here; shorten it, please.');
    expect(await stored()).toEqual([]);
  });

  it('warns about what looks like client details, and saves only when asked again', async () => {
    render(() => <ReflectionSection />);
    await screen.findByRole('button', { name: 'Save reflection' });
    expect(screen.getByText(/Never write anything that could identify a client here/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('A note for yourself (optional)'), {
      target: { value: 'Hard visit, case no. 4481207.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await screen.findByRole('button', { name: 'Save anyway' });
    expect(await stored()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(async () => expect(await stored()).toHaveLength(1));
  });

  it('skips the week without asking why, keeping a marker so the nudge stays away', async () => {
    render(() => <ReflectionSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip this week' }));
    await screen.findByText(
      'Skipped this week. There is nothing to catch up on; Tend will ask again next week.',
    );
    expect(await stored()).toEqual([
      expect.objectContaining({
        weekStart: '2026-11-23',
        energy: null,
        stress: null,
        connected: null,
        supported: null,
        note: '',
      }),
    ]);
    expect(screen.getByText(/You skipped this week, and that is fine/)).toBeTruthy();
    expect(screen.getByText('Skipped, and that was fine')).toBeTruthy();
  });

  it('keeps the focus in place after each action, and Undo takes a save or a skip back', async () => {
    render(() => <ReflectionSection />);
    await screen.findByRole('button', { name: 'Save reflection' });
    choose('How much energy did you have this week?', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    const done = await screen.findByText(
      'This week’s reflection is saved. You can change it in the list below.',
    );
    // The pressed button gave way to the calm note, which takes the focus.
    await waitFor(() => expect(document.activeElement).toBe(done));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const heading = await screen.findByRole('heading', {
      name: 'This week, starting Nov 23, 2026',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(await stored()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Save reflection' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Skip this week' }));
    const skipped = await screen.findByText(/You skipped this week, and that is fine/);
    await waitFor(() => expect(document.activeElement).toBe(skipped));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Skip this week' });
    expect(await stored()).toEqual([]);
  });

  it('moves the focus into a row’s form and back to its Edit button', async () => {
    await saveReflection(await openDb(), lastWeek);
    render(() => <ReflectionSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Week starting Nov 16, 2026' }));
    const list = screen.getByRole('list', { name: 'Your reflections, newest first' });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(list).getByRole('heading', { name: 'Week starting Nov 16, 2026' }),
      ),
    );
    fireEvent.click(within(list).getByRole('button', { name: 'Cancel' }));
    const edit = await screen.findByRole('button', { name: 'Edit Week starting Nov 16, 2026' });
    await waitFor(() => expect(document.activeElement).toBe(edit));

    fireEvent.click(edit);
    choose('How much energy did you have this week?', '5', list);
    fireEvent.click(within(list).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved the changes to the week starting Nov 16, 2026.');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Edit Week starting Nov 16, 2026'),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Delete Week starting Nov 16, 2026' }));
    await screen.findByText('Deleted the reflection for the week starting Nov 16, 2026.');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Your reflections' }),
      ),
    );
  });

  it('is kind when there is nothing yet', async () => {
    render(() => <ReflectionSection />);
    await screen.findByText(
      'Nothing here yet. Your reflections will gather here, week by week, whenever you have a moment.',
    );
  });

  it('edits a past week’s reflection in place', async () => {
    await saveReflection(await openDb(), lastWeek);
    render(() => <ReflectionSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Week starting Nov 16, 2026' }));
    const list = screen.getByRole('list', { name: 'Your reflections, newest first' });
    choose('How much energy did you have this week?', '3', list);
    choose('How connected did you feel to the people around you?', '4', list);
    fireEvent.click(within(list).getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved the changes to the week starting Nov 16, 2026.');
    expect(await stored()).toEqual([{ ...lastWeek, energy: 3, connected: 4 }]);
    expect(within(list).getByText('Energy: 3 of 5')).toBeTruthy();
  });

  it('deletes a reflection, and Undo brings it back as it was', async () => {
    await saveReflection(await openDb(), lastWeek);
    render(() => <ReflectionSection />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Delete Week starting Nov 16, 2026' }),
    );
    await screen.findByText('Deleted the reflection for the week starting Nov 16, 2026.');
    expect(await stored()).toEqual([]);
    expect(screen.queryByText('Tiring, but the team lunch helped.')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Tiring, but the team lunch helped.');
    expect(await stored()).toEqual([lastWeek]);
  });

  it('saves when Tend asks, changing only the reflection settings', async () => {
    render(() => <ReflectionSection />);
    await screen.findByText('When Tend asks');
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '0' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '18:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    await screen.findByText('Saved. Tend will ask on Sunday at 18:30.');
    const settings = await loadSettings(await openDb());
    expect(settings).toEqual({
      ...defaultSettings(ZONE),
      reflection: { enabled: true, weekday: 0, time: '18:30' },
    });
  });

  it('refuses a time that is not one, and changes nothing', async () => {
    render(() => <ReflectionSection />);
    await screen.findByText('When Tend asks');
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    await screen.findByText('Enter a time such as 09:00.');
    expect((await loadSettings(await openDb())).reflection).toEqual(
      defaultSettings(ZONE).reflection,
    );
  });

  it('does not write over this week’s reflection saved in another tab meanwhile', async () => {
    render(() => <ReflectionSection />);
    await screen.findByRole('heading', { name: 'This week, starting Nov 23, 2026' });
    // Another tab saves this week's reflection while this one's form is open.
    const theirs = { ...lastWeek, id: 'theirs', weekStart: '2026-11-23', note: 'From the laptop.' };
    await saveReflection(await openDb(), theirs);
    choose('How much energy did you have this week?', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));

    const question = await screen.findByRole('group', { name: /another tab/ });
    expect(within(question).getByRole('alert').textContent).toContain(
      'A note for yourself (optional) is now “From the laptop.”',
    );
    expect(await stored()).toEqual([theirs]);
    fireEvent.click(within(question).getByRole('button', { name: 'Keep theirs' }));
    expect(
      await screen.findByText(
        'This week’s reflection is saved. You can change it in the list below.',
      ),
    ).toBeTruthy();
    expect(await stored()).toEqual([theirs]);
  });
});
