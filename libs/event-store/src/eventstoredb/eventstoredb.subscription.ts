import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type { Position, StoredEvent, Subscription } from '../event-store.port.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { translateClientError, withDeadline } from './eventstoredb.calls.js';
import type { EventStoreDbClient } from './eventstoredb.client.js';
import { recordedEventOf, toStoredEvent } from './eventstoredb.codec.js';
import { EventStoreUnavailable } from './eventstoredb.errors.js';
import { concordStreamFilter, isConcordEvent } from './eventstoredb.filter.js';
import { toReadPosition } from './eventstoredb.position.js';
import { readSubscription } from './eventstoredb.subscription-source.js';

export type ResubscribingOptions = Readonly<{
  client: EventStoreDbClient;
  after: Position;
  batchSize: number;
  /** How long the server has to confirm a subscription, and to cancel one. */
  deadlineMs: number;
  backoff: BackoffOptions;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Told of every drop and the wait before resubscribing. */
  warn: (message: string) => void;
}>;

/** Marks the consumer's own failure, which ends the subscription with that very error instead of resubscribing. */
class HandlerFailed {
  constructor(readonly error: unknown) {}
}

/** The batch's Concord events that follow `position`: the filter again on this side, and nothing twice. */
const concordEventsAfter = (items: readonly AllStreamResolvedEvent[], position: Position): StoredEvent[] =>
  items
    .map((item) => recordedEventOf(item.event, 'a subscription to $all'))
    .filter(isConcordEvent)
    .map(toStoredEvent)
    .filter((event) => event.position > position);

/**
 * A catch-up subscription to `$all` with the server-side filter, from `after`, that outlives its connection: when
 * the node drops it (a restart, a leader change, a network failure, no confirmation within the deadline) it
 * subscribes again from the last position the handler finished, after a jittered exponential wait, and warns. So
 * every event reaches the handler once, in order, with nothing skipped: the server resumes strictly after that
 * position, and anything at or before it is dropped should it come again. The next batch is taken only after the
 * handler's promise resolves. The handler's error, and any error no retry can mend (access denied, an event
 * Concord cannot read, a position the server refuses), end the subscription and reject `done`.
 * @throws RangeError when batchSize is not a positive integer.
 */
export const startResubscribingSubscription = (
  options: ResubscribingOptions,
  onEvents: (batch: readonly StoredEvent[]) => Promise<void>,
): Subscription => {
  const { client, batchSize, deadlineMs } = options;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  let stopping = false;
  let closeCurrent: (() => Promise<void>) | undefined;
  let wakeFromWait: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wakeFromWait = resolve));

  const run = async (): Promise<void> => {
    let position = options.after;
    let failures = 0;
    while (!stopping) {
      const fromPosition = toReadPosition(position);
      const source = readSubscription(
        client.subscribeToAll({ fromPosition, filter: concordStreamFilter(), resolveLinkTos: false }),
      );
      closeCurrent = source.close;
      try {
        await withDeadline('subscribe to $all', deadlineMs, () => source.confirmed());
        for (;;) {
          const items = await source.next(batchSize);
          if (stopping) return;
          const batch = concordEventsAfter(items, position);
          if (batch.length === 0) continue;
          await onEvents(batch).catch((error: unknown) => Promise.reject(new HandlerFailed(error)));
          position = batch.at(-1)!.position;
          failures = 0;
        }
      } catch (error) {
        if (error instanceof HandlerFailed) throw error.error;
        if (stopping) return;
        const problem = translateClientError('subscribe to $all', error);
        if (!(problem instanceof EventStoreUnavailable)) throw problem;
        const delay = backoffDelay(options.backoff, failures, options.random);
        failures += 1;
        options.warn(
          `The subscription to $all after position ${position} dropped (${problem.message}) ` +
            `Subscribing again in ${delay} ms.`,
        );
        await Promise.race([options.sleep(delay), stopped]);
      } finally {
        await withDeadline('cancel a subscription to $all', deadlineMs, source.close).catch(() => undefined);
      }
    }
  };

  const done = run();
  // The owner learns of a failure through `done`; this only stops Node reporting it as unhandled if nobody awaits it.
  done.catch(() => undefined);

  return {
    done,
    stop: async () => {
      stopping = true;
      wakeFromWait();
      await closeCurrent?.().catch(() => undefined);
      await done.catch(() => undefined);
    },
  };
};
