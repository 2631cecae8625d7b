// The reads a page starts as it renders (loaded() and the popup's stored view): the popup
// shows its live content in place of the picture of its last one only once they have
// answered, so the content does not blink empty between the two (popup/main.tsx).
const pending = new Set<Promise<unknown>>();

/** Notes `read` as one of the page's first reads; hands it back as it was. */
export function firstRead<T>(read: Promise<T>): Promise<T> {
  pending.add(read);
  const done = () => pending.delete(read);
  read.then(done, done);
  return read;
}

/** Resolves once every first read (and any started by one before it ended) has answered. */
export async function firstReadsDone(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
