/** Waits for every one of `jobs`, then fails as the first of them that failed. */
export async function allDone(jobs: Promise<unknown>[]): Promise<void> {
  for (const job of await Promise.allSettled(jobs)) {
    if (job.status === 'rejected') throw job.reason;
  }
}

/** What `work` gave back, or what it threw: for a step whose failure must wait its turn. */
export function attempt<T>(work: () => T): { view: T } | { error: unknown } {
  try {
    return { view: work() };
  } catch (error) {
    return { error };
  }
}
