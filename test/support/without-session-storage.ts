import { onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** For the rest of the test the browser has no storage.session, as Chrome before 102. */
export function withoutSessionStorage(): void {
  const storage = fakeBrowser.storage as { session?: unknown };
  const session = storage.session;
  delete storage.session;
  onTestFinished(() => {
    storage.session = session;
  });
}
