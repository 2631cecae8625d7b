// @vitest-environment happy-dom
import { TZDate } from '@date-fns/tz';
import { fireEvent, waitFor, within } from '@solidjs/testing-library';
import { render } from 'solid-js/web';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordWaiting } from '../../src/background/waiting';
import { recordTransition } from '../../src/db/activity';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { send } from '../../src/messages';
import { pendingMessages } from '../../src/storage/pending-messages';
import { keepPopupPicture } from '../../src/storage/popup-picture';
import { paintPicture } from '../../src/ui/popup/paint-picture';
import { renderOverPicture } from '../../src/ui/popup/picture';
import { Popup } from '../../src/ui/popup/popup';
import { write } from '../../src/ui/shared/write';
import { aContact } from '../db/factories';
import { startBackground } from '../support/background';
import { allAnswered } from '../support/messages';
import { sentence } from '../support/sentence';

const ZONE = 'Europe/London';
// Monday 23 November 2026; the default schedule is 09:00–17:00.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
const PICTURE = 'tend-popup-picture';

let app: HTMLElement;
let background: ReturnType<typeof startBackground>;
let closeOpen: (() => void) | undefined;

// The cards the popup shows only in some states are chunks of their own. A browser loads one
// in a few milliseconds; here the first import also compiles it, slower than the popup waits
// for its first reads, so they are compiled once before the tests.
beforeAll(async () => {
  await Promise.all([
    import('../../src/ui/popup/pending-confirm'),
    import('../../src/ui/popup/waiting-card'),
  ]);
});

beforeEach(async () => {
  // Only Date is faked: IndexedDB's own timers and the picture's delay keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('11:00'));
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  const db = await openDb();
  const settings = defaultSettings(ZONE);
  const breaks = { ...settings.breaks, shortEnabled: false, longEnabled: false };
  await saveSettings(db, { ...settings, breaks });
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  await saveContact(db, aContact({ id: 'sam', name: 'Sam Rivera', createdAt: at('09:00') - 3e9 }));
  document.body.innerHTML = '<div id="app"></div>';
  app = document.getElementById('app')!;
  background = startBackground();
});

afterEach(() => {
  closeOpen?.();
  closeOpen = undefined;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** Opens the popup as popup.html does: its picture first when one holds, then the live one. */
async function openPopup(): Promise<boolean> {
  closeOpen?.();
  app.replaceChildren();
  const painted = paintPicture(app, navigator.language);
  await renderOverPicture(app, (into) => (closeOpen = render(() => <Popup />, into)));
  return painted;
}

/** The popup as it rests after its first open, and the picture it kept of it. */
async function firstOpen(): Promise<string> {
  expect(await openPopup()).toBe(false);
  await waitFor(() => expect(within(app).getByTestId('status').textContent).toBe('Working'));
  await waitFor(() => expect(localStorage.getItem(PICTURE)).not.toBeNull());
  return app.textContent!;
}

describe('the picture of the last popup', () => {
  it('is the next popup’s first frame, busy to screen readers until the live popup replaces it', async () => {
    const rested = await firstOpen();
    closeOpen!();
    app.replaceChildren();

    expect(paintPicture(app, navigator.language)).toBe(true);
    // Before the popup's script or any read: the day as it stood, said to be busy.
    expect(app.textContent).toBe(rested);
    expect(app.getAttribute('aria-busy')).toBe('true');
    expect(app.hasAttribute('data-stale')).toBe(false);

    await renderOverPicture(app, (into) => (closeOpen = render(() => <Popup />, into)));
    expect(app.hasAttribute('aria-busy')).toBe(false);
    expect(app.textContent).toBe(rested);
    // Live, not a picture: its buttons work.
    fireEvent.click(within(app).getByRole('button', { name: 'End my day' }));
    await waitFor(() => expect(within(app).getByTestId('status').textContent).toBe('Day ended'));
  });

  it('gives way only to a live popup with the cards of a question and a waiting nudge in place', async () => {
    const rested = await firstOpen();
    closeOpen!();
    app.replaceChildren();
    // Since the picture was kept: a message sent from an earlier popup, and a nudge shown.
    const sent = { contactId: 'sam', name: 'Sam Rivera', purpose: 'check-in' as const };
    await pendingMessages.setValue([{ ...sent, at: at('10:58') }]);
    const nudge = { key: 'reconnect:sam:2026-11-23', kind: 'reconnect' as const, contactId: 'sam' };
    const text = { title: 'Someone to reconnect with?', message: '', name: 'Sam Rivera' };
    await recordWaiting({ ...nudge, daysSince: 21, dueAt: 0 }, text, ZONE, at('10:59'));

    expect(paintPicture(app, navigator.language)).toBe(true);
    expect(app.textContent).toBe(rested);
    await renderOverPicture(app, (into) => (closeOpen = render(() => <Popup />, into)));
    // In the very change that took the picture down: nothing pops in after it.
    expect(app.hasAttribute('aria-busy')).toBe(false);
    expect(within(app).getByText(sentence('Did your message to Sam Rivera go out?'))).toBeTruthy();
    expect(within(app).getByRole('heading', { name: 'Waiting for you' })).toBeTruthy();
    expect(within(app).getByText('Someone to reconnect with?')).toBeTruthy();
    // Its "Write to" opens the popup's own composer, a chunk fetched on that ask.
    fireEvent.click(within(app).getByRole('button', { name: 'Write to Sam Rivera' }));
    expect(await within(app).findByRole('region', { name: 'Message to Sam Rivera' })).toBeTruthy();
  });

  it('hides its time worked once older than an open popup’s tick, and the live popup shows it', async () => {
    await firstOpen();
    vi.setSystemTime(at('11:10'));
    closeOpen!();
    app.replaceChildren();
    expect(paintPicture(app, navigator.language)).toBe(true);
    expect(app.hasAttribute('data-stale')).toBe(true);
    // popup.css hides what is marked data-clock inside a stale picture: 2 h 0 min is not shown.
    expect(within(app).getByTestId('worked').hasAttribute('data-clock')).toBe(true);
    await renderOverPicture(app, (into) => (closeOpen = render(() => <Popup />, into)));
    expect(app.hasAttribute('data-stale')).toBe(false);
    expect(within(app).getByTestId('worked').textContent).toBe('2 h 10 min');
  });

  it('is not kept while something passing shows, and goes when data changes', async () => {
    await firstOpen();
    // The quick log opened: a wake's newer view shows meanwhile, yet no picture is kept of a
    // popup with the list open, as the next popup starts with it closed.
    fireEvent.click(within(app).getByRole('button', { name: 'Choose a person' }));
    await within(app).findByRole('combobox');
    localStorage.removeItem(PICTURE);
    const before = within(app).getByTestId('worked').textContent;
    vi.setSystemTime(at('11:05'));
    await send('data-changed', { what: 'activity' });
    await waitFor(() => expect(within(app).getByTestId('worked').textContent).not.toBe(before));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(localStorage.getItem(PICTURE)).toBeNull();

    // Data changed by a page: the picture of it goes.
    expect(await openPopup()).toBe(false);
    await waitFor(() => expect(localStorage.getItem(PICTURE)).not.toBeNull());
    await write('contacts', (db) => saveContact(db, aContact({ id: 'ana', name: 'Ana' })));
    expect(localStorage.getItem(PICTURE)).toBeNull();
    // The popup open meanwhile shows the new data as a wake stores it, and pictures that.
    await waitFor(() => expect(localStorage.getItem(PICTURE)).toContain('Ana'));
    // Both popups asked the background for a view as of now, and heard back.
    await waitFor(() =>
      expect(background.asked.filter((name) => name === 'popup-view')).toHaveLength(2),
    );
    await allAnswered();
    // The quick log's code is compiled on first use here: slower than a browser loads it.
  }, 20_000);

  it('brings a name with markup in it back as text, never as elements', async () => {
    const name = '<img src=x onerror="alert(1)"></bdi><b>Bold</b> & co';
    await saveContact(await openDb(), aContact({ id: 'odd', name, createdAt: at('09:00') - 4e9 }));
    await firstOpen();
    await waitFor(() => expect(localStorage.getItem(PICTURE)).toContain('Bold'));
    closeOpen!();
    app.replaceChildren();
    expect(paintPicture(app, navigator.language)).toBe(true);
    expect(app.querySelector('img, b, script')).toBeNull();
    const names = [...app.querySelectorAll('.person-name')].map((element) => element.textContent);
    expect(names).toContain(name);
  });

  it('is not shown in another language, after what it shows has ended, or to a popup opened to act', () => {
    const html = '<main><p>Working</p></main>';
    const kept = { validUntil: at('12:00'), at: at('10:59') };
    keepPopupPicture(html, { ...kept, language: 'es-ES' });
    expect(paintPicture(app, 'en-GB')).toBe(false);
    keepPopupPicture(html, { ...kept, language: 'en-GB' });
    vi.setSystemTime(at('12:00'));
    expect(paintPicture(app, 'en-GB')).toBe(false);
    vi.setSystemTime(at('11:00'));
    window.history.replaceState(null, '', '/popup.html?compose=sam');
    expect(paintPicture(app, 'en-GB')).toBe(false);
    window.history.replaceState(null, '', '/');
    expect(paintPicture(app, 'en-GB')).toBe(true);
    expect(app.innerHTML).toBe(html);
  });
});
