import { fakeBrowser } from 'wxt/testing/fake-browser';

type IdleState = 'active' | 'idle' | 'locked';
type Listener = (state: IdleState) => unknown;

/**
 * WXT's fake browser leaves `idle` unimplemented; this is the smallest in-memory one:
 * the state the "user" is in, and a way to fire onStateChanged as Chrome would.
 */
export function installFakeIdle(initial: IdleState = 'active') {
  let state = initial;
  const listeners = new Set<Listener>();
  const idle = {
    queryState: async () => state,
    setDetectionInterval: () => undefined,
    onStateChanged: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
      hasListener: (listener: Listener) => listeners.has(listener),
    },
  };
  Object.assign(fakeBrowser, { idle });
  return {
    /** The user becomes `next`; resolves when every listener has finished. */
    async change(next: IdleState) {
      state = next;
      await Promise.all([...listeners].map((listener) => listener(next)));
    },
  };
}
