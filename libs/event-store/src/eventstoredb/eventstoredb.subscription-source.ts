import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { EventStoreUnavailable } from './eventstoredb.errors.js';

/** One subscription of the client, read in batches. */
export type SubscriptionSource = Readonly<{
  /** Resolves once the server has confirmed the subscription (or sent an event); rejects if it failed first. */
  confirmed(): Promise<void>;
  /**
   * Up to `max` events, waiting for at least one; only those already received, so a batch never waits for a full
   * one. Resolves [] once closed. Rejects when the subscription failed or the server ended it.
   */
  next(max: number): Promise<AllStreamResolvedEvent[]>;
  /** Cancels the subscription. Idempotent. */
  close(): Promise<void>;
}>;

/**
 * Reads the client's subscription (a Readable fed from the gRPC stream) without letting it flow: events wait in its
 * buffer, and once that is full the gRPC stream pauses and HTTP/2 flow control stops the server, so a slow handler
 * holds back the server instead of filling this process's memory.
 */
export const readSubscription = (subscription: AllStreamSubscription): SubscriptionSource => {
  let failure: unknown;
  let ended = false;
  let confirmed = false;
  let closing: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  const changed = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  // Attached for the subscription's whole life, even after close: an 'error' nobody listens to would crash the process.
  subscription.on('error', (error: unknown) => {
    failure ??= error;
    notify();
  });
  subscription.on('end', () => {
    ended = true;
    notify();
  });
  subscription.on('confirmation', () => {
    confirmed = true;
    notify();
  });
  subscription.on('readable', notify);

  const throwIfOver = (): void => {
    if (failure !== undefined) throw failure;
    if (ended) throw new EventStoreUnavailable('subscribe to $all', 'ended the subscription');
  };

  return {
    confirmed: async () => {
      while (!confirmed && subscription.readableLength === 0 && closing === undefined) {
        throwIfOver();
        await changed();
      }
    },
    next: async (max) => {
      for (;;) {
        if (closing !== undefined) return [];
        const batch: AllStreamResolvedEvent[] = [];
        for (let item; batch.length < max && (item = subscription.read() as AllStreamResolvedEvent | null) !== null; ) {
          batch.push(item);
        }
        if (batch.length > 0) return batch;
        throwIfOver();
        await changed();
      }
    },
    close: () => {
      closing ??= subscription.unsubscribe();
      notify();
      return closing;
    },
  };
};
