// @vitest-environment happy-dom
import { TZDate } from '@date-fns/tz';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCheckIn } from '../../src/db/check-ins';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { savedPopupView } from '../../src/storage/popup-view';
import { CheckInsSection } from '../../src/ui/options/check-ins/check-ins-section';
import { checkIn, weekly } from '../domain/checkins/check-in-factory';
import { startBackground, type BackgroundSeam } from '../support/background';

const ZONE = 'Europe/London';
// Monday 23 November 2026, 11:00; the walk is every Tuesday at 10:00.
const at = (date: string, time: string) => new TZDate(`${date}T${time}`, ZONE).getTime();
const walk = checkIn({
  id: 'walk',
  title: 'Peer walk',
  startDate: '2026-11-03',
  recurrence: weekly(1, [2]),
});

let background: BackgroundSeam;

beforeEach(async () => {
  // Only Date is faked: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('2026-11-23', '11:00'));
  const db = await openDb();
  await saveSettings(db, defaultSettings(ZONE));
  await saveCheckIn(db, walk);
  background = startBackground();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** When the popup's view, as the background's last wake stored it, says the walk comes next. */
const plannedWalk = async () => (await savedPopupView())?.nextCheckIn?.start ?? null;
const row = () => screen.getByTestId('check-in');
const undo = () => fireEvent.click(screen.getByRole('button', { name: 'Undo' }));

async function renderSection() {
  render(() => <CheckInsSection />);
  await screen.findByTestId('check-in');
}

describe('the check-ins section tells the background of every change', () => {
  it('skips the next walk and takes the skip back, the reminder planned each time', async () => {
    await renderSection();
    fireEvent.click(within(row()).getByRole('button', { name: 'Skip the next one Peer walk' }));
    await screen.findByText('Skipped Peer walk on Tue, Nov 24, 10:00 AM.');
    expect(background.told).toEqual(['check-ins']);
    expect(await plannedWalk()).toBe(at('2026-12-01', '10:00'));
    await waitFor(() =>
      expect(screen.getByTestId('check-in-next').textContent).toBe('Next: Tue, Dec 1, 10:00 AM'),
    );

    undo();
    await waitFor(() =>
      expect(screen.getByTestId('check-in-next').textContent).toBe('Next: Tue, Nov 24, 10:00 AM'),
    );
    expect(background.told).toEqual(['check-ins', 'check-ins']);
    expect(await plannedWalk()).toBe(at('2026-11-24', '10:00'));
    expect((await (await openDb()).get('checkIns', 'walk'))?.skipped).toEqual([]);
  });

  it('deletes the walk and brings it back, the reminder planned each time', async () => {
    await renderSection();
    // Delete waits behind "Share or delete", which opens in place.
    const more = within(row()).getByRole('button', { name: 'Share or delete Peer walk' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(row()).getByRole('button', { name: 'Delete Peer walk' }));
    await screen.findByText('Deleted Peer walk.');
    expect(screen.queryByTestId('check-in')).toBeNull();
    expect(background.told).toEqual(['check-ins']);
    expect(await plannedWalk()).toBeNull();

    undo();
    await screen.findByTestId('check-in');
    expect(background.told).toEqual(['check-ins', 'check-ins']);
    expect(await plannedWalk()).toBe(at('2026-11-24', '10:00'));
    expect(await (await openDb()).get('checkIns', 'walk')).toEqual(walk);
  });

  it('pauses and resumes the walk', async () => {
    await renderSection();
    fireEvent.click(within(row()).getByRole('button', { name: 'Pause Peer walk' }));
    // The list is read back after each change: the row is drawn anew.
    await screen.findByRole('button', { name: 'Resume Peer walk' });
    expect(background.told).toEqual(['check-ins']);
    expect(await plannedWalk()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume Peer walk' }));
    await screen.findByRole('button', { name: 'Pause Peer walk' });
    expect(background.told).toEqual(['check-ins', 'check-ins']);
    expect(await plannedWalk()).toBe(at('2026-11-24', '10:00'));
  });

  it('moves the next walk to another time, and the reminder with it', async () => {
    await renderSection();
    fireEvent.click(within(row()).getByRole('button', { name: 'Move the next one' }));
    fireEvent.input(screen.getByLabelText('New date and time'), {
      target: { value: '2026-11-25T14:00' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await screen.findByText('Moved Peer walk to Wed, Nov 25, 2:00 PM.');
    expect(background.told).toEqual(['check-ins']);
    expect(await plannedWalk()).toBe(at('2026-11-25', '14:00'));
  });

  it('adds a check-in through its form, and the reminder comes for the sooner one', async () => {
    await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Add a check-in' }));
    fireEvent.input(screen.getByLabelText('What to call it'), { target: { value: 'Supervision' } });
    fireEvent.input(document.querySelector('input[name="check-in-startTime"]')!, {
      target: { value: '15:00' },
    });
    // The settings below the list have a Save of their own.
    const form = document.querySelector<HTMLFormElement>('form.person-form')!;
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved Supervision.');
    expect(background.told).toEqual(['check-ins']);
    // Every other Monday from today: this afternoon, before Tuesday's walk.
    expect(await plannedWalk()).toBe(at('2026-11-23', '15:00'));
  });

  it('says so when a change could not be written, and tells the background nothing', async () => {
    await renderSection();
    // Deleted elsewhere (another options tab) since the list was read.
    await (await openDb()).delete('checkIns', 'walk');
    fireEvent.click(within(row()).getByRole('button', { name: 'Skip the next one Peer walk' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^That did not work: /);
    expect(background.told).toEqual([]);
  });

  it('does not undo a skip made in another tab when the walk’s title is saved here', async () => {
    await renderSection();
    fireEvent.click(within(row()).getByRole('button', { name: 'Edit Peer walk' }));
    // Another tab skips the next walk while this form is open.
    await saveCheckIn(await openDb(), { ...walk, skipped: ['2026-11-24'] });
    const form = within(
      screen.getByRole('heading', { name: 'Edit the check-in' }).closest('form')!,
    );
    fireEvent.input(form.getByLabelText('What to call it'), { target: { value: 'Team walk' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));

    const question = await screen.findByRole('group', { name: /another tab/ });
    expect(within(question).getByRole('alert').textContent).toBe(
      'This was changed in another tab or window after you opened it: Its skipped or moved dates changed. Nothing of yours is saved yet.',
    );
    expect((await (await openDb()).get('checkIns', 'walk'))?.title).toBe('Peer walk');
    fireEvent.click(within(question).getByRole('button', { name: 'Use mine' }));
    await screen.findByText('Saved Team walk.');
    expect(await (await openDb()).get('checkIns', 'walk')).toMatchObject({
      title: 'Team walk',
      skipped: ['2026-11-24'],
    });
  });
});

describe('check-ins whose dates are all past', () => {
  it('wait under “Past check-ins”, shown in place on request, and come back when moved on', async () => {
    const db = await openDb();
    // A supervision held last week, and a weekly walk on pause: the paused one stays listed.
    await saveCheckIn(db, checkIn({ id: 'met', title: 'Case review', startDate: '2026-11-16' }));
    await saveCheckIn(db, {
      ...checkIn({ id: 'rest', title: 'Lunch walk', recurrence: weekly(1, [3]) }),
      paused: true,
    });
    render(() => <CheckInsSection />);
    await screen.findAllByTestId('check-in');
    const list = screen.getByRole('list', { name: 'Check-ins' });
    expect(
      within(list)
        .getAllByTestId('check-in')
        .map((one) => one.textContent),
    ).toEqual([expect.stringContaining('Lunch walk'), expect.stringContaining('Peer walk')]);
    expect(screen.queryByText('Case review')).toBeNull();

    const past = screen.getByRole('button', { name: 'Past check-ins (1)' });
    expect(past.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(past);
    expect(past.getAttribute('aria-expanded')).toBe('true');
    const held = screen.getByRole('list', { name: 'Past check-ins' });
    expect(within(held).getByTestId('check-in').textContent).toContain('Case review');
    expect(within(held).getByTestId('check-in-next').textContent).toBe('No coming dates');

    // Booked again for next week, from its own row, it is back in the list.
    fireEvent.click(within(held).getByRole('button', { name: 'Edit Case review' }));
    const form = within(
      screen.getByRole('heading', { name: 'Edit the check-in' }).closest('form')!,
    );
    fireEvent.input(form.getByLabelText('First date'), { target: { value: '2026-11-30' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved Case review.');
    await waitFor(() =>
      expect(within(list).getAllByTestId('check-in')[0]?.textContent).toContain('Case review'),
    );
    expect(screen.queryByRole('button', { name: /^Past check-ins/ })).toBeNull();
  });

  it('keep in the list one whose next date is beyond the walk’s reach, as a yearly one skipped', async () => {
    const db = await openDb();
    await saveCheckIn(
      db,
      checkIn({ id: 'far', title: 'Sabbatical return', startDate: '2028-01-10' }),
    );
    await saveCheckIn(
      db,
      checkIn({
        id: 'yearly',
        title: 'Annual review',
        startDate: '2026-06-02',
        recurrence: weekly(52, [2]),
        skipped: ['2027-06-01'],
      }),
    );
    render(() => <CheckInsSection />);
    const list = await screen.findByRole('list', { name: 'Check-ins' });
    await waitFor(() => expect(within(list).getAllByTestId('check-in')).toHaveLength(3));
    const rows = within(list)
      .getAllByTestId('check-in')
      .map((one) => one.textContent);
    expect(rows).toEqual([
      expect.stringContaining('Annual reviewNo coming dates'),
      expect.stringContaining('Peer walk'),
      expect.stringContaining('Sabbatical returnNo coming dates'),
    ]);
    expect(screen.queryByRole('button', { name: /^Past check-ins/ })).toBeNull();
  });

  it('say so when nothing is coming, and where a check-in saved with past dates went', async () => {
    const db = await openDb();
    await db.delete('checkIns', 'walk');
    await saveCheckIn(db, checkIn({ id: 'met', title: 'Case review', startDate: '2026-11-16' }));
    render(() => <CheckInsSection />);
    await screen.findByText('Nothing coming up: every check-in here is past.');
    fireEvent.click(screen.getByRole('button', { name: 'Past check-ins (1)' }));
    const held = screen.getByRole('list', { name: 'Past check-ins' });
    fireEvent.click(within(held).getByRole('button', { name: 'Edit Case review' }));
    const form = within(
      screen.getByRole('heading', { name: 'Edit the check-in' }).closest('form')!,
    );
    fireEvent.input(form.getByLabelText('What to call it'), { target: { value: 'Case notes' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await screen.findByText(
      'Saved Case notes. Its dates are all past, so it is under Past check-ins.',
    );
  });
});
