// @vitest-environment happy-dom
import { TZDate } from '@date-fns/tz';
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/db/open';
import { POPUP_VIEW_FORMAT, type PopupView } from '../../src/domain/popup-view';
import { TodayCard } from '../../src/ui/popup/today-card';
import { startBackground, type BackgroundSeam } from '../support/background';

const ZONE = 'Europe/London';
// Monday 23 November 2026, office hours 09:00–17:00 (London is on GMT).
const at = (time: string, day = '23') => new TZDate(`2026-11-${day}T${time}`, ZONE).getTime();

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('11:00'));
  background = startBackground();
});

let background: BackgroundSeam;

/** A view as a wake at 11:00 stores it, working since 09:00, with `fields` overridden. */
function aView(fields: Partial<PopupView> = {}): PopupView {
  return {
    format: POPUP_VIEW_FORMAT,
    computedAt: at('11:00'),
    validUntil: at('16:45'),
    timeZone: ZONE,
    date: '2026-11-23',
    status: 'working',
    workedMs: 2 * 3_600_000,
    workAhead: [{ start: at('11:00'), end: at('16:45') }],
    onClock: true,
    clockedInAt: null,
    workday: { startsAt: at('09:00'), endsAt: at('17:00') },
    scheduledMs: 8 * 3_600_000,
    nextWorkday: null,
    nextWorkdayStart: at('09:00', '24'),
    nextBreakAt: null,
    next: null,
    nextAbout: null,
    nextCheckIn: null,
    overdue: [],
    firstRun: false,
    exception: null,
    pausedUntil: null,
    templates: null,
    ...fields,
  };
}

function renderCard(view: PopupView, now = at('11:00')) {
  const onChanged = vi.fn();
  render(() => <TodayCard view={view} now={now} onChanged={onChanged} />);
  return { onChanged };
}

const checkIn = () => screen.getByTestId('next-check-in');
// What the user recorded; the background's wakes note the idle state beside it.
const clockStates = (activity: { state: string }[]) =>
  activity.map((one) => one.state).filter((state) => state.startsWith('clock-'));

describe('the today card', () => {
  it('gives the next check-in’s time, whether it is in person or online, and its join link', () => {
    renderCard(
      aView({
        nextCheckIn: {
          title: 'Supervision with Sam',
          start: at('10:00', '24'),
          mode: 'virtual',
          link: 'https://meet.example.org/sam',
        },
      }),
    );
    expect(checkIn().textContent).toBe('Supervision with Sam, Tuesday 10:00 AM, online Join');
    const join = screen.getByRole('link', { name: 'Join' });
    expect(join.getAttribute('href')).toBe('https://meet.example.org/sam');
    expect(join.getAttribute('rel')).toContain('noopener');
  });

  it('names the date of a check-in a week or more away, not only its weekday', () => {
    renderCard(
      aView({
        nextCheckIn: { title: 'Peer group', start: at('12:00', '30'), mode: 'either', link: null },
      }),
    );
    expect(checkIn().textContent).toBe(
      'Peer group, Monday, November 30, 12:00 PM, in person or online',
    );
    expect(screen.queryByRole('link', { name: 'Join' })).toBeNull();
  });

  it('gives the next nudge with the reason it will come', () => {
    renderCard(
      aView({
        next: { key: 'reconnect:sam:2026-11-23', kind: 'reconnect', dueAt: at('14:00') },
        nextAbout: 'Sam Rivera',
      }),
    );
    expect(screen.getByTestId('next-nudge').textContent).toBe(
      '2:00 PM · a reminder to get in touch with Sam Rivera',
    );
  });

  it('says calmly when no nudge is planned', () => {
    renderCard(aView());
    expect(screen.getByTestId('next-nudge').textContent).toBe('None planned');
  });

  it('shows the next workday, not today’s, on a day off', () => {
    renderCard(
      aView({
        status: 'day-off',
        onClock: false,
        workday: null,
        scheduledMs: null,
        nextWorkday: { date: '2026-11-24', startsAt: at('09:00', '24') },
      }),
    );
    expect(screen.getByTestId('next-workday').textContent).toBe('Tuesday 9:00 AM');
    expect(screen.queryByText('Workday ends')).toBeNull();
  });

  it('ends the day and clocks in again with one button that keeps the focus', async () => {
    const [view, setView] = createSignal(aView());
    const onChanged = vi.fn();
    render(() => <TodayCard view={view()} now={at('11:00')} onChanged={onChanged} />);
    const button = screen.getByRole('button', { name: 'End my day' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    const db = await openDb();
    expect(clockStates(await db.getAll('activity'))).toEqual(['clock-out']);
    // The card hands on the view the background planned after the change.
    expect(background.told).toEqual(['activity']);
    expect(onChanged.mock.calls[0]?.[0]).toMatchObject({ status: 'clocked-out', onClock: false });

    // The wake's new view arrives: the same button now clocks in, still focused.
    setView(aView({ status: 'clocked-out', onClock: false, workAhead: [] }));
    expect(button.textContent).toBe('Clock in');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(clockStates(await db.getAll('activity'))).toEqual(['clock-out', 'clock-in']);
  });

  it('does not record the same change twice when pressed again before the new view arrives', async () => {
    const onChanged = vi.fn();
    render(() => <TodayCard view={aView()} now={at('11:00')} onChanged={onChanged} />);
    fireEvent.click(screen.getByRole('button', { name: 'End my day' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    const again = screen.getByRole('button', { name: 'Clock in' });
    fireEvent.click(again);
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    const db = await openDb();
    expect(clockStates(await db.getAll('activity'))).toEqual(['clock-out', 'clock-in']);
  });
});
