// @vitest-environment happy-dom
import { TZDate } from '@date-fns/tz';
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exceptionsOn, pausedUntil, setException } from '../../src/db/meta';
import { openDb } from '../../src/db/open';
import type { DayException } from '../../src/domain/types';
import { DayExceptionControl } from '../../src/ui/popup/day-exception';
import type { PopupView } from '../../src/ui/popup/load-today';
import { PauseControl } from '../../src/ui/popup/pause-control';
import { startBackground, type BackgroundSeam } from '../support/background';

const ZONE = 'Europe/London';
// Monday 23 November 2026 (London is on GMT).
const at = (time: string, day = '23') => new TZDate(`2026-11-${day}T${time}`, ZONE).getTime();
const MINUTE = 60_000;

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

/** The control as the popup holds it: the pause the background planned after each change. */
function renderPause(nextWorkdayStart: number | null = at('09:00', '24')) {
  const [until, setUntil] = createSignal<number | null>(null);
  const onChanged = vi.fn((planned: PopupView | null) => setUntil(planned?.pausedUntil ?? null));
  render(() => (
    <PauseControl
      pausedUntil={until()}
      timeZone={ZONE}
      nextWorkdayStart={nextWorkdayStart}
      now={at('11:00')}
      onChanged={onChanged}
    />
  ));
  return { onChanged };
}

describe('pausing nudges from the popup', () => {
  it('pauses for an hour, says until when, keeps focus in the section, and resumes', async () => {
    const { onChanged } = renderPause();
    fireEvent.click(screen.getByRole('button', { name: '1 hour' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(await pausedUntil(await openDb())).toBe(at('12:00'));
    expect((await screen.findByTestId('paused')).textContent).toBe(
      'Nudges are paused until 12:00 PM. Resume now',
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Pause nudges' }));

    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(await pausedUntil(await openDb())).toBeNull();
    expect(screen.queryByTestId('paused')).toBeNull();
    expect(screen.getByRole('button', { name: '30 minutes' })).toBeTruthy();
    expect(background.told).toEqual(['activity', 'activity']);
  });

  it('pauses until the next workday starts, and names that day', async () => {
    renderPause();
    fireEvent.click(screen.getByRole('button', { name: 'Until my next workday' }));
    expect((await screen.findByTestId('paused')).textContent).toMatch(
      /^Nudges are paused until Tuesday 9:00 AM\./,
    );
    expect(await pausedUntil(await openDb())).toBe(at('09:00', '24'));
  });

  it('pauses for a week when no workday comes within one, naming the date', async () => {
    renderPause(null);
    fireEvent.click(screen.getByRole('button', { name: 'Until my next workday' }));
    expect((await screen.findByTestId('paused')).textContent).toMatch(
      /^Nudges are paused until Monday, November 30, 11:00 AM\./,
    );
    expect(await pausedUntil(await openDb())).toBe(at('11:00') + 7 * 24 * 60 * MINUTE);
  });
});

/** The control as the popup holds it: today's exception as planned after each change. */
function renderException(initial: DayException | null = null) {
  const [current, setCurrent] = createSignal<DayException | null>(initial);
  const onChanged = vi.fn((planned: PopupView | null) => setCurrent(planned?.exception ?? null));
  render(() => <DayExceptionControl date="2026-11-23" current={current()} onChanged={onChanged} />);
  return { onChanged };
}

describe('marking today as different from the popup', () => {
  it('marks today on call, and goes back to the usual hours', async () => {
    const { onChanged } = renderException();
    fireEvent.click(screen.getByRole('button', { name: 'I am on call today' }));
    expect((await screen.findByTestId('exception')).textContent).toMatch(
      /^On call today: no end-of-day reminders\./,
    );
    expect(await exceptionsOn(await openDb(), ['2026-11-23'])).toEqual([
      { date: '2026-11-23', kind: 'on-call', until: null },
    ]);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Today is different' }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Back to my usual hours' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(await exceptionsOn(await openDb(), ['2026-11-23'])).toEqual([]);
    expect(screen.getByRole('button', { name: 'I am on call today' })).toBeTruthy();
    expect(background.told).toEqual(['settings', 'settings']);
  });

  it('sets a late shift until the time given', async () => {
    renderException();
    fireEvent.input(screen.getByLabelText('Late shift until'), { target: { value: '21:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set late shift' }));
    expect((await screen.findByTestId('exception')).textContent).toMatch(
      /^Late shift today, until 21:30\./,
    );
    expect(await exceptionsOn(await openDb(), ['2026-11-23'])).toEqual([
      { date: '2026-11-23', kind: 'late-shift', until: '21:30' },
    ]);
  });

  it('refuses a time it cannot read, and changes nothing', async () => {
    const { onChanged } = renderException();
    fireEvent.input(screen.getByLabelText('Late shift until'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set late shift' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a time such as 09:00.');
    expect(await exceptionsOn(await openDb(), ['2026-11-23'])).toEqual([]);
    expect(onChanged).not.toHaveBeenCalled();
    expect(background.told).toEqual([]);
  });

  it('offers today’s late-shift time again after going back to the usual hours', async () => {
    const lateShift: DayException = { date: '2026-11-23', kind: 'late-shift', until: '20:30' };
    await setException(await openDb(), '2026-11-23', lateShift);
    renderException(lateShift);
    expect(screen.getByTestId('exception').textContent).toMatch(/^Late shift today, until 20:30\./);
    fireEvent.click(screen.getByRole('button', { name: 'Back to my usual hours' }));
    const field = (await screen.findByLabelText('Late shift until')) as HTMLInputElement;
    expect(field.value).toBe('20:30');
    expect(await exceptionsOn(await openDb(), ['2026-11-23'])).toEqual([]);
  });
});
