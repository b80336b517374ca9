import type { EventStore, StoredEvent } from '../event-store.port.js';

/** What each part of the contract suite gets: the store under test, fresh for every test. */
export type ContractContext = Readonly<{ store: () => EventStore }>;

export type StreamCollector<Event extends { stream: string } = StoredEvent> = Readonly<{
  /** Events of the watched stream, in delivery order. */
  received: Event[];
  /** Every batch handed to the handler (all streams: a shared store may deliver others' events too). */
  batches: (readonly Event[])[];
  handler: (batch: readonly Event[]) => Promise<void>;
  /** Resolves once `count` events of the watched stream have arrived; the test's timeout catches a hang. */
  untilReceived: (count: number) => Promise<void>;
}>;

/** Records what a subscription delivers for one stream, so tests wait on deliveries instead of on the clock. */
export const collectStream = <Event extends { stream: string } = StoredEvent>(stream: string): StreamCollector<Event> => {
  const received: Event[] = [];
  const batches: (readonly Event[])[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const release = (): void => {
    for (const waiter of waiters.filter(({ count }) => received.length >= count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  return {
    received,
    batches,
    handler: async (batch) => {
      batches.push(batch);
      received.push(...batch.filter((event) => event.stream === stream));
      release();
    },
    untilReceived: (count) =>
      new Promise<void>((resolve) => {
        waiters.push({ count, resolve });
        release();
      }),
  };
};

/**
 * Gives the store time to (wrongly) deliver more, for "nothing else arrives" checks. A wait, not a timed assertion:
 * the outcome must be the same however slow the machine.
 */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const revisionsOf = (events: readonly StoredEvent[]): number[] => events.map((event) => event.revision);

export const positionsOf = (events: readonly StoredEvent[]): number[] => events.map((event) => event.position);
