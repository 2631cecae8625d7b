import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { closeDb } from '../src/db/open';
import { installCatalogue } from './support/i18n';
import { sendAsTendPage } from './support/messages';

// A page's message comes from that page, as in a browser; the fake's carries no sender.
sendAsTendPage();

beforeEach(() => {
  // Every test starts with an empty profile: no databases, no alarms, no notifications.
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  installCatalogue();
});
