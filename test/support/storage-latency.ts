import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const nextTask = () => new Promise((done) => setImmediate(done));

/**
 * For the rest of the test, storage.session answers a task later, as a browser does (each
 * call goes to the browser process and back); the fake answers at once, which hides any
 * read-modify-write that another event can come between. A read sees what was stored when
 * it was made; a write is stored when made and answered later.
 */
export function withStorageLatency(): void {
  const session = fakeBrowser.storage.session;
  for (const name of ['get', 'set', 'remove'] as const) {
    const original = session[name].bind(session) as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(session, name).mockImplementation((async (...args: unknown[]) => {
      const answer = await original(...args);
      await nextTask();
      return answer;
    }) as never);
  }
}
