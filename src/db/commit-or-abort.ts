/** What commitOrAbort needs of an idb transaction. */
interface Abortable {
  done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` in `tx` and waits for the commit. When `work` throws, the transaction is
 * aborted so that none of its earlier writes stay, and the caller hears the first error.
 */
export async function commitOrAbort<T>(tx: Abortable, work: () => Promise<T>): Promise<T> {
  // A failed request or our own abort also rejects tx.done; that is the same failure,
  // reported once through `work`, so it must not surface as an unhandled rejection.
  tx.done.catch(() => undefined);
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // A failed request (a reused id) has aborted the transaction already.
    }
    // Only once the abort has finished is the rollback visible to the next reader.
    await tx.done.catch(() => undefined);
    throw error;
  }
}
