import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configure } from '@solidjs/testing-library';
import { beforeEach } from 'vitest';
import { closeDb } from '../src/db/open';
import { installCatalogue } from './support/i18n';
import { backgroundDone } from './support/background';
import { allAnswered, sendAsTendPage } from './support/messages';

// findBy and waitFor give up after a second by default; a loaded two-core machine running the
// whole suite can take longer to write to IndexedDB and re-render, which no user would see
// as a failure (the same allowance the e2e suites give expect.poll).
configure({ asyncUtilTimeout: 5000 });

// Chrome and Firefox call a page's idle callbacks when it has a moment; happy-dom has none,
// so the component tests' page is idle at once.
if (typeof window !== 'undefined' && !('requestIdleCallback' in window)) {
  const timers = window as unknown as Window;
  Object.assign(window, {
    requestIdleCallback: (run: IdleRequestCallback) =>
      timers.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 50 })),
    cancelIdleCallback: (id: number) => timers.clearTimeout(id),
  });
}

// A page's message comes from that page, as in a browser; the fake's carries no sender.
sendAsTendPage();

// The fake browser has no manifest; sync's pass mark reads the version from it.
fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Tend', version: '0.1.0' });

beforeEach(async () => {
  // A wake the last test's pages asked for finishes on its own database, not on this one's.
  await allAnswered();
  // And the wakes those left queued (the sync pass a page's change owes).
  await backgroundDone();
  // Every test starts with an empty profile: no databases, no alarms, no notifications.
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  // A page's localStorage (the popup's copy of its view) in the component tests' window.
  globalThis.localStorage?.clear();
  installCatalogue();
});
