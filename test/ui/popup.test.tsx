// @vitest-environment happy-dom
import { TZDate } from '@date-fns/tz';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordTransition } from '../../src/db/activity';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { loadPlannerState } from '../../src/db/planner-state';
import { saveSettings } from '../../src/db/settings';
import { buildPopupView } from '../../src/domain/build-popup-view';
import { plan } from '../../src/domain/plan';
import type { PopupView } from '../../src/domain/popup-view';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { send } from '../../src/messages';
import { popupView, savedPopupView } from '../../src/storage/popup-view';
import { keepPopupViewCopy } from '../../src/storage/popup-view-copy';
import { write } from '../../src/ui/shared/write';
import { Popup } from '../../src/ui/popup/popup';
import { TodayCard } from '../../src/ui/popup/today-card';
import { aContact } from '../db/factories';
import { silentBackground, startBackground } from '../support/background';

const ZONE = 'Europe/London';
const MINUTE = 60_000;
// Monday 23 November 2026; the default schedule is 09:00–17:00.
const at = (time: string, day = '23') => new TZDate(`2026-11-${day}T${time}`, ZONE).getTime();

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

let settings: Settings;

beforeEach(async () => {
  // Only Date is faked: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('11:00'));
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  settings = defaultSettings(ZONE);
  const db = await openDb();
  await saveSettings(db, settings);
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  await saveContact(db, aContact({ id: 'sam', name: 'Sam Rivera', createdAt: at('09:00', '02') }));
});

/** The view a wake at `time` would store, from what the database holds. */
async function viewAt(time: number): Promise<PopupView> {
  const now = new Date(time);
  const state = await loadPlannerState(await openDb(), now);
  return buildPopupView(state, now, plan(state, now));
}

const status = () => screen.findByTestId('status');

/** No break due meanwhile: a view from 10:00 still holds at 11:00. */
async function withoutBreaks() {
  const breaks = { ...settings.breaks, shortEnabled: false, longEnabled: false };
  await saveSettings(await openDb(), { ...settings, breaks });
}

describe('the popup', () => {
  it('paints the view the last wake stored, without waiting for the background', async () => {
    await withoutBreaks();
    await popupView.setValue(await viewAt(at('10:00')));
    // The check for a fresher view goes unanswered, and the view stays.
    const background = silentBackground();
    render(() => <Popup />);
    expect((await status()).textContent).toBe('Working');
    // Counted on from 10:00 to the popup's 11:00: two hours at the computer.
    expect(screen.getByTestId('worked').textContent).toBe('2 h 0 min');
    expect(screen.getByTestId('workday-end').textContent).toBe('5:00 PM');
    await waitFor(() =>
      expect(background.unheard).toEqual([
        ['Tend: the popup could not get a fresh view', expect.any(Error)],
      ]),
    );
    expect(background.asked).toEqual(['popup-view']);
    expect(screen.queryByRole('alert')).toBeNull();
    // The settings open at the section each part is set up in.
    const settingsLinks = within(screen.getByRole('navigation', { name: 'Settings' }))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(settingsLinks).toEqual([
      ['Support network', '/options.html#network'],
      ['Check-ins', '/options.html#check-ins'],
      ['Hours and boundaries', '/options.html#hours'],
    ]);
  });

  it('shows its copy of the last view in its very first frame, then the stored one', async () => {
    await withoutBreaks();
    const earlier = await viewAt(at('10:00'));
    keepPopupViewCopy(earlier, at('10:00'));
    await popupView.setValue(await viewAt(at('10:30')));
    silentBackground();
    render(() => <Popup />);
    // Before any read has answered: no "Loading…", the day as it stands.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByTestId('status').textContent).toBe('Working');
    expect(screen.getByTestId('worked').textContent).toBe('2 h 0 min');
    // The newer stored view takes its place (and becomes the next popup's copy).
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem('tend-popup-view-copy')!).view.computedAt).toBe(
        at('10:30'),
      ),
    );
  });

  it('does not paint a copy once a page changed data, nor one no stored view backs', async () => {
    await withoutBreaks();
    // No background answers the write: it says it will replan at its next wake.
    const background = silentBackground();
    keepPopupViewCopy(await viewAt(at('10:00')), at('10:00'));
    await write('contacts', (db) => saveContact(db, aContact({ id: 'ana', name: 'Ana' })));
    render(() => <Popup />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(background.unheard.flat()).toContain(
      'Tend: the background will replan at its next wake',
    );
    cleanup();

    // The background removed its view (a newer database): the copy goes too, and the
    // popup says why it has nothing to show rather than keep showing the copy.
    keepPopupViewCopy(await viewAt(at('10:00')), at('10:00'));
    await popupView.removeValue();
    render(() => <Popup />);
    expect(screen.getByTestId('status').textContent).toBe('Working');
    await screen.findByRole('alert');
    expect(screen.queryByTestId('status')).toBeNull();
  });

  it('says that what it shows may be out of date when it no longer holds and no fresh one comes', async () => {
    const breaks = { ...settings.breaks, shortEnabled: false, longEnabled: false };
    await saveSettings(await openDb(), { ...settings, breaks });
    const stored = await viewAt(at('10:00'));
    await popupView.setValue(stored);
    // Every ask for a fresh view goes unanswered.
    const background = silentBackground();
    render(() => <Popup />);
    expect((await status()).textContent).toBe('Working');
    await waitFor(() => expect(background.unheard).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
    // Past the moment the view could tell, the user presses End my day: the view is not current.
    vi.setSystemTime(stored.validUntil + MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'End my day' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Tend could not bring this up to date, so some of it may be out of date: /,
    );
    // The day was ended all the same, and said so for the next wake to plan from.
    expect(background.told).toEqual(['activity']);
    expect(background.unheard).toContainEqual([
      'Tend: the background will replan at its next wake',
      expect.any(Error),
    ]);
  });

  it('does not show a view that no longer holds, but the one the background makes now', async () => {
    // Stored on Sunday: a day off then, and no longer true.
    await popupView.setValue(await viewAt(at('11:00', '22')));
    startBackground();
    render(() => <Popup />);
    expect((await status()).textContent).toBe('Working');
    expect(screen.queryByText('Day off')).toBeNull();
    // The background stored what it made for the next popup.
    expect((await savedPopupView())?.computedAt).toBe(at('11:00'));
  });

  it('says so when it has nothing to show and the background does not answer', async () => {
    silentBackground();
    render(() => <Popup />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Tend could not read its data/);
  });

  it('shows in place the view any wake stores while it is open', async () => {
    startBackground();
    render(() => <Popup />);
    expect((await status()).textContent).toBe('Working');
    const reachOut = screen.getByRole('region', { name: 'Reach out' });
    const row = within(reachOut).getByTestId('reach-out-person');
    // Ended from elsewhere (a notification's button): the wake's new view reaches the popup.
    vi.setSystemTime(at('11:05'));
    await recordTransition(await openDb(), { at: at('11:05'), state: 'clock-out' });
    await send('data-changed', { what: 'activity' });
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Day ended'));
    expect(screen.getByRole('button', { name: 'Clock in' })).toBeTruthy();
    // What did not change was left alone.
    expect(within(reachOut).getByTestId('reach-out-person')).toBe(row);
  });

  it('opens the composer for someone a notification asked to write to, with the user’s templates', async () => {
    const db = await openDb();
    await saveSettings(db, {
      ...settings,
      templates: {
        ...(await import('../../src/ui/popup/default-templates')).defaultTemplates(),
        'check-in': { subject: 'Coffee?', body: 'Dear {name}, coffee soon?' },
      },
    });
    // Ana was written to yesterday: not among the overdue, yet the composer opens for her.
    await saveContact(
      db,
      aContact({ id: 'ana', name: 'Ana Lima', lastContactAt: at('11:00', '22') }),
    );
    startBackground();
    window.history.replaceState(null, '', '/popup.html?compose=ana');
    render(() => <Popup />);
    const composer = await screen.findByRole('region', { name: 'Message to Ana Lima' });
    expect((within(composer).getByLabelText('Message') as HTMLTextAreaElement).value).toBe(
      'Dear Ana, coffee soon?',
    );
    expect(screen.getAllByTestId('reach-out-person').map((row) => row.textContent)).not.toContain(
      expect.stringContaining('Ana'),
    );
    // Closed with Escape, it hands focus to the top of the popup rather than the page.
    fireEvent.keyDown(within(composer).getByLabelText('Message'), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Message to Ana Lima' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Today', level: 1 }));
  });
});

describe('a change made in the popup', () => {
  it('is told to the background, and what it planned shows at once', async () => {
    const background = startBackground();
    render(() => <Popup />);
    expect((await status()).textContent).toBe('Working');
    vi.setSystemTime(at('11:05'));
    fireEvent.click(screen.getByRole('button', { name: 'End my day' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Day ended'));
    expect(background.told).toEqual(['activity']);
    // Its answer was the view: the popup asked for no other after the first.
    expect(background.asked).toEqual(['popup-view', 'data-changed']);
  });
});

describe('the today card', () => {
  it('works out time worked, the end of the day and the countdowns at the popup’s own now', async () => {
    const view = await viewAt(at('11:00'));
    const [now, setNow] = createSignal(at('11:00'));
    render(() => <TodayCard view={view} now={now()} onChanged={() => undefined} />);
    expect(screen.getByTestId('worked').textContent).toBe('2 h 0 min');
    expect(screen.getByText('of 8 h 0 min')).toBeTruthy();
    const breakAt = view.nextBreakAt!;
    const inMinutes = Math.ceil((breakAt - at('11:00')) / MINUTE);
    expect(screen.getByTestId('next-break').parentElement!.textContent).toContain(
      `in ${inMinutes} min`,
    );

    setNow(at('11:30'));
    expect(screen.getByTestId('worked').textContent).toBe('2 h 30 min');
    expect(screen.getByTestId('next-break').parentElement!.textContent).toContain(
      `in ${inMinutes - 30} min`,
    );
    expect(screen.getByText('Workday ends')).toBeTruthy();
    expect(screen.getByTestId('next-nudge').textContent).not.toMatch(/^Monday/);
    setNow(at('17:01'));
    expect(screen.getByText('Workday ended')).toBeTruthy();
    // Seen from the next day, Monday's times name their day.
    setNow(at('08:00', '24'));
    expect(screen.getByTestId('next-nudge').textContent).toMatch(/^Monday /);
  });
});
