/**
 * A read a page may start before it renders, for the first ask to take; every later ask
 * reads afresh. In a page just opened each storage call is a round trip of ~10 ms: started
 * first, a read goes ahead of those its components start.
 */
export function readAhead<T>(read: () => Promise<T>): {
  start: () => Promise<T>;
  take: () => Promise<T>;
} {
  let started: Promise<T> | null = null;
  return {
    start() {
      started = read();
      return started;
    },
    take() {
      const answer = started ?? read();
      started = null;
      return answer;
    },
  };
}
