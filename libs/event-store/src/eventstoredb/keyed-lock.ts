/** Runs tasks one at a time per key, in the order they were given; tasks of different keys run concurrently. */
export type KeyedLock = Readonly<{
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}>;

/**
 * A per-key queue. The adapter appends to one stream through it: appends from this process to one stream then never
 * race each other to the server (where all but one would conflict and retry), and retries of one command inside
 * this process find the first attempt stored. A key's queue is forgotten once empty.
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
