import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { closeDb } from '../src/db/open';
import { installCatalogue } from './support/i18n';

// Component tests wait for what a page shows after a write and the background's answer. On
// a loaded machine (CI, or a laptop building the extension meanwhile) that can take longer
// than testing-library's one second; what is never shown still fails, only later.
if (typeof document !== 'undefined') {
  const { configure } = await import('@solidjs/testing-library');
  configure({ asyncUtilTimeout: 5000 });
}

beforeEach(() => {
  // Every test starts with an empty profile: no databases, no alarms, no notifications.
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  installCatalogue();
});
