/**
 * An in-process "something was appended" signal. The version lets a reader that started before a notification
 * see that it missed one, so a wake-up between its read and its wait is never lost.
 */
export type WakeSignal = {
  readonly version: number;
  notify(): void;
  /** Calls `listener` on the next notification only; returns a function that cancels it. */
  once(listener: () => void): () => void;
};

export const createWakeSignal = (): WakeSignal => {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    get version() {
      return version;
    },
    notify: () => {
      version += 1;
      const woken = [...listeners];
      listeners.clear();
      for (const listener of woken) listener();
    },
    once: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
