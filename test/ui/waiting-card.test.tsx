// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordWaiting } from '../../src/background/waiting';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import type { Nudge } from '../../src/domain/nudge';
import { WaitingCard } from '../../src/ui/popup/waiting-card';
import { loadWaiting } from '../../src/ui/popup/load-waiting';
import { aContact } from '../db/factories';
import { startBackground } from '../support/background';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const MINUTE = 60_000;
const reconnect: Nudge = {
  key: 'reconnect:sam:2026-11-23',
  kind: 'reconnect',
  contactId: 'sam',
  daysSince: 21,
  dueAt: 0,
};
const wrapUp: Nudge = {
  key: 'wrap-up:2026-11-23:1795453200000',
  kind: 'wrap-up',
  workdayEndsAt: 1795453200000,
  minutesLeft: 15,
  dueAt: 0,
};

// The real background answers the card's messages, on WXT's fake browser. Its wakes plan
// at Tend's clock, so the clock is pinned to a quiet hour: a Sunday noon, when no other
// nudge (a boundary reminder at night, say) could come due and light the badge again.
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
  await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam' }));
  startBackground();
});

/** Shows nudges as the background does (notification and waiting entry), minutes ago. */
async function shown(nudge: Nudge, title: string, minutesAgo: number, name?: string) {
  await fakeBrowser.notifications.create(nudge.key, {
    type: 'basic',
    iconUrl: '',
    title,
    message: '',
  });
  const message = `About ${title}`;
  await recordWaiting(nudge, { title, message, name }, 'UTC', Date.now() - minutesAgo * MINUTE);
}

/** The card as the popup holds it: the list read again whenever the card changed it. */
async function renderCard() {
  const onCompose = vi.fn();
  const [items, setItems] = createSignal(await loadWaiting());
  const onChanged = vi.fn(async () => setItems(await loadWaiting()));
  render(() => <WaitingCard items={items()} onChanged={onChanged} onCompose={onCompose} />);
  return { onCompose, onChanged };
}

const rows = () => screen.queryAllByTestId('waiting-nudge');

describe('the waiting nudges card', () => {
  it('renders nothing when no nudge is waiting', async () => {
    const { container } = render(() => (
      <WaitingCard items={[]} onChanged={() => undefined} onCompose={() => undefined} />
    ));
    expect(container.innerHTML).toBe('');
  });

  it('lists the waiting nudges newest first, each with its notification’s actions', async () => {
    await shown(reconnect, 'Someone to reconnect with?', 30, 'Sam');
    await shown(wrapUp, 'Time to start wrapping up', 5);
    await renderCard();
    screen.getByRole('heading', { name: 'Waiting for you' });
    const [first, second] = rows();
    expect(first?.textContent).toContain('Time to start wrapping up');
    expect(first?.textContent).toContain('About Time to start wrapping up');
    await waitFor(() => expect(first?.textContent).toMatch(/Shown at \d{1,2}:\d{2}/));
    expect([...first!.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'End my day',
      'Change these reminders',
      'Open',
      'Dismiss',
    ]);
    // A reconnect nudge's page is the composer: no "Open", but "Write to Sam".
    expect([...second!.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Write to Sam',
      'Not this week',
      'Dismiss',
    ]);
    // Each button says which nudge it is about.
    screen.getByRole('button', { name: 'Dismiss', description: /Time to start wrapping up/ });
  });

  it('does an action through the background, which takes the nudge off the badge', async () => {
    await shown(reconnect, 'Someone to reconnect with?', 30, 'Sam');
    const { onChanged } = await renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Not this week' }));
    expect((await screen.findByRole('status')).textContent).toBe('Done: Not this week.');
    expect(onChanged).toHaveBeenCalled();
    expect((await (await openDb()).get('contacts', 'sam'))?.snoozedUntil).not.toBeNull();
    await waitFor(() => expect(rows()).toEqual([]));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // Focus stays in the card while the answered entry leaves it.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Waiting for you' }));
  });

  it('opens the composer for the person of a reconnect nudge', async () => {
    await shown(reconnect, 'Someone to reconnect with?', 30, 'Sam');
    const { onCompose } = await renderCard();
    const write = screen.getByRole('button', { name: 'Write to Sam' });
    write.focus();
    fireEvent.click(write);
    expect(onCompose).toHaveBeenCalledWith('sam');
    await screen.findByRole('status');
    // The composer takes focus; the card does not pull it back to its heading.
    expect(document.activeElement).not.toBe(
      screen.getByRole('heading', { name: 'Waiting for you' }),
    );
    expect(await loadWaiting()).toEqual([]);
  });

  it('dismisses one nudge and leaves the other', async () => {
    await shown(reconnect, 'Someone to reconnect with?', 30, 'Sam');
    await shown(wrapUp, 'Time to start wrapping up', 5);
    await renderCard();
    fireEvent.click(
      screen.getByRole('button', { name: 'Dismiss', description: /Time to start wrapping up/ }),
    );
    expect((await screen.findByRole('status')).textContent).toBe(
      'Dismissed: Time to start wrapping up.',
    );
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain('Someone to reconnect with?');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await (await openDb()).get('contacts', 'sam')).toMatchObject({ snoozedUntil: null });
  });

  it('opens the page the notification leads to', async () => {
    await shown(wrapUp, 'Time to start wrapping up', 5);
    await renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByText('Opened: Time to start wrapping up.');
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(urls).toContain('chrome-extension://test-extension-id/options.html?from=wrap-up#hours');
  });
});
