/** Runs tasks one at a time per key, in the order they were given; tasks of different keys run concurrently. */
export type KeyedLock = Readonly<{
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}>;

/**
 * A per-key queue, keyed by stream. The EventStoreDB adapter appends through one, and the API runs each customer's
 * commands through one: work of this process on one stream then never races itself (where all but one attempt
 * would conflict and retry), and a retry of a command finds its first attempt stored. A key's queue is forgotten
 * once empty.
 */
export const createKeyedLock = (): KeyedLock => {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run: <T>(key: string, task: () => Promise<T>): Promise<T> => {
      // Tails never reject, so a failed task does not stop the ones queued behind it.
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
};
