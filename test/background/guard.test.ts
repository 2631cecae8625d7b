import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guardPageUrl, registerGuard } from '../../src/background/guard';
import { recordGuardPass, setException } from '../../src/db/meta';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { browserIn } from '../support/browser-zone';
import { withStorageLatency } from '../support/storage-latency';
import { withoutSessionStorage } from '../support/without-session-storage';

browserIn('Europe/London');

const ZONE = 'Europe/London';
const CMS = 'https://cms.example.org';
// Wednesday 25 November 2026; the default schedule is 09:00–17:00 on weekdays.
const at = (time: string) => new TZDate(`2026-11-25T${time}`, ZONE).getTime();

async function openInTab(url: string): Promise<string | undefined> {
  const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
  // The fake reports the update to onUpdated with { url }, as Chrome does for a granted site.
  await fakeBrowser.tabs.update(tab.id!, { url });
  return (await fakeBrowser.tabs.get(tab.id!)).url;
}

async function afterTasks(count: number) {
  for (let task = 0; task < count; task += 1) await new Promise((done) => setImmediate(done));
}

/** The browser reports that `tab` now shows `url`, in this very turn. */
function loaded(tab: Browser.tabs.Tab, url: string) {
  return fakeBrowser.tabs.onUpdated.trigger(tab.id!, { url }, { ...tab, url });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  const settings = defaultSettings(ZONE);
  await saveSettings(await openDb(), { ...settings, guard: { enabled: true, sites: [CMS] } });
  registerGuard();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the guard in the background', () => {
  it('shows the guard page instead of a guarded site after hours', async () => {
    vi.setSystemTime(at('19:00'));
    const url = `${CMS}/cases/12?tab=notes`;
    expect(await openInTab(url)).toBe(guardPageUrl(url));
    expect(guardPageUrl(url)).toBe(
      `chrome-extension://test-extension-id/guard.html?to=${encodeURIComponent(url)}`,
    );
  });

  it('lets the site open inside working hours, and other sites at any time', async () => {
    vi.setSystemTime(at('11:00'));
    expect(await openInTab(`${CMS}/cases/12`)).toBe(`${CMS}/cases/12`);
    vi.setSystemTime(at('19:00'));
    expect(await openInTab('https://news.example.org/')).toBe('https://news.example.org/');
  });

  it('lets the site through while a pass is open', async () => {
    vi.setSystemTime(at('19:00'));
    await recordGuardPass(await openDb(), CMS, at('19:15'));
    expect(await openInTab(`${CMS}/inbox`)).toBe(`${CMS}/inbox`);
    vi.setSystemTime(at('19:15'));
    expect(await openInTab(`${CMS}/inbox`)).toBe(guardPageUrl(`${CMS}/inbox`));
  });

  it('leaves a page the user is already working in alone when the day ends', async () => {
    vi.setSystemTime(at('16:50'));
    const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
    await fakeBrowser.tabs.update(tab.id!, { url: `${CMS}/cases/12` });
    vi.setSystemTime(at('17:05'));
    // The case system changes its own address as the user moves around in it.
    await fakeBrowser.tabs.update(tab.id!, { url: `${CMS}/cases/12#notes` });
    expect((await fakeBrowser.tabs.get(tab.id!)).url).toBe(`${CMS}/cases/12#notes`);
    // Opening it afresh in another tab is guarded.
    expect(await openInTab(`${CMS}/cases/13`)).toBe(guardPageUrl(`${CMS}/cases/13`));
  });

  it('remembers both of two tabs that open the site at the same moment', async () => {
    withStorageLatency();
    vi.setSystemTime(at('16:50'));
    const [first, second] = await Promise.all([
      fakeBrowser.tabs.create({ url: 'about:blank' }),
      fakeBrowser.tabs.create({ url: 'about:blank' }),
    ]);
    // Two case pages open together (a session restored, a link opened twice): the browser
    // reports both in one turn.
    await Promise.all([loaded(first!, `${CMS}/cases/12`), loaded(second!, `${CMS}/cases/13`)]);
    vi.setSystemTime(at('17:05'));
    // Each goes on being worked in after hours: neither is replaced by the guard.
    await Promise.all([
      fakeBrowser.tabs.update(first!.id!, { url: `${CMS}/cases/12#notes` }),
      fakeBrowser.tabs.update(second!.id!, { url: `${CMS}/cases/13#notes` }),
    ]);
    expect((await fakeBrowser.tabs.get(first!.id!)).url).toBe(`${CMS}/cases/12#notes`);
    expect((await fakeBrowser.tabs.get(second!.id!)).url).toBe(`${CMS}/cases/13#notes`);
  });

  it('forgets a closed tab without losing another tab opened meanwhile', async () => {
    withStorageLatency();
    vi.setSystemTime(at('16:50'));
    const closing = await fakeBrowser.tabs.create({ url: 'about:blank' });
    await fakeBrowser.tabs.update(closing.id!, { url: `${CMS}/cases/12` });
    const staying = await fakeBrowser.tabs.create({ url: 'about:blank' });
    // The first tab closes while the second one's page is loading.
    await Promise.all([
      afterTasks(1).then(() =>
        fakeBrowser.tabs.onRemoved.trigger(closing.id!, { isWindowClosing: false, windowId: 0 }),
      ),
      loaded(staying, `${CMS}/cases/13`),
    ]);
    vi.setSystemTime(at('17:05'));
    await fakeBrowser.tabs.update(staying.id!, { url: `${CMS}/cases/13#notes` });
    expect((await fakeBrowser.tabs.get(staying.id!)).url).toBe(`${CMS}/cases/13#notes`);
  });

  it('guards nothing where the browser cannot remember tabs, rather than interrupt work', async () => {
    withoutSessionStorage();
    vi.setSystemTime(at('19:00'));
    expect(await openInTab(`${CMS}/cases/12`)).toBe(`${CMS}/cases/12`);
  });

  it('follows a late shift: the site stays open until its new end', async () => {
    vi.setSystemTime(at('18:00'));
    await setException(await openDb(), '2026-11-25', {
      date: '2026-11-25',
      kind: 'late-shift',
      until: '20:00',
    });
    expect(await openInTab(`${CMS}/cases`)).toBe(`${CMS}/cases`);
    vi.setSystemTime(at('20:30'));
    expect(await openInTab(`${CMS}/cases`)).toBe(guardPageUrl(`${CMS}/cases`));
  });

  it('does nothing once the guard is off', async () => {
    vi.setSystemTime(at('19:00'));
    const db = await openDb();
    await saveSettings(db, { ...defaultSettings(ZONE), guard: { enabled: false, sites: [CMS] } });
    expect(await openInTab(`${CMS}/cases`)).toBe(`${CMS}/cases`);
  });
});
