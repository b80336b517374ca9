import type { Subscription } from './event-store.port.js';

/** The subscriptions a store has handed out and that have not ended, so that close() can stop them all. */
export type OpenSubscriptions = Readonly<{
  /** Keeps the subscription until it ends; returns it. */
  track(subscription: Subscription): Subscription;
  /** Stops every open subscription; resolves once the batches in flight are handled. */
  stopAll(): Promise<void>;
}>;

export const createOpenSubscriptions = (): OpenSubscriptions => {
  const open = new Set<Subscription>();
  return {
    track: (subscription) => {
      open.add(subscription);
      const forget = (): void => void open.delete(subscription);
      subscription.done.then(forget, forget);
      return subscription;
    },
    stopAll: async () => {
      await Promise.all([...open].map((subscription) => subscription.stop()));
    },
  };
};
