import type { EventStore } from '@concord/event-store';

/**
 * An event store whose lean subscriptions (the projector's) from position 0, a rebuild, deliver a batch only when
 * the spec opens the gate, so a spec can look at the read models while a rebuild is under way. Other subscriptions
 * run freely.
 */
export type GatedEvents = Readonly<{
  events: EventStore;
  /** Lets `batches` more batches through. */
  release: (batches?: number) => void;
  /** Lets everything through from now on. */
  open: () => void;
  /** Batches delivered so far through the gate. */
  delivered: () => number;
}>;

export const gatedEvents = (inner: EventStore): GatedEvents => {
  let allowance = 0;
  let opened = false;
  let delivered = 0;
  let waiting: (() => void) | undefined;
  const wake = (): void => {
    const resolve = waiting;
    waiting = undefined;
    resolve?.();
  };
  const pass = async (): Promise<void> => {
    while (!opened && allowance === 0) await new Promise<void>((resolve) => (waiting = resolve));
    if (!opened) allowance -= 1;
  };
  return {
    events: {
      ...inner,
      subscribeLean: (options, onEvents) =>
        options.after !== 0
          ? inner.subscribeLean(options, onEvents)
          : inner.subscribeLean(options, async (batch) => {
              await pass();
              await onEvents(batch);
              delivered += 1;
            }),
    },
    release: (batches = 1) => {
      allowance += batches;
      wake();
    },
    open: () => {
      opened = true;
      wake();
    },
    delivered: () => delivered,
  };
};
