import { setTimeout as sleep } from 'node:timers/promises';
import { toAppendRequest } from '../append-request.js';
import { EventStoreClosed } from '../event-store-closed.error.js';
import type { EventStore } from '../event-store.port.js';
import { leanEventOf } from '../lean-event.js';
import type { BackoffOptions } from './backoff.js';
import { countEventsAfter, readAllEvents } from './eventstoredb.all-reads.js';
import { appendToEventStoreDb, type AppendDependencies } from './eventstoredb.append.js';
import { withDeadline } from './eventstoredb.calls.js';
import { connectToEventStoreDb, type EventStoreDbClient } from './eventstoredb.client.js';
import { createHeadFinder } from './eventstoredb.head.js';
import { readStreamEvents } from './eventstoredb.stream-reads.js';
import { startResubscribingSubscription } from './eventstoredb.subscription.js';
import { createKeyedLock } from '../keyed-lock.js';
import { createOpenSubscriptions } from '../open-subscriptions.js';

export type EventStoreDbEventStoreOptions = (
  | Readonly<{
      /** EVENTSTORE_URL: `esdb://host:2113?tls=false`, `esdb+discover://…`. Never logged: it may hold a password. */
      url: string;
      client?: never;
    }>
  | Readonly<{
      /** A client of the caller's (tests pass a fake). The store owns it: close() disposes it. */
      client: EventStoreDbClient;
      url?: never;
    }>
) &
  Readonly<{
    /**
     * Longest wait for any one call (a read, an append, a subscription's confirmation), enforced by the store's
     * own timer, after which it fails with EventStoreUnavailable. Default 10,000 ms.
     */
    deadlineMs?: number;
    /** Subscription batch size when SubscribeOptions.batchSize is absent. Default 500. */
    defaultSubscriptionBatchSize?: number;
    /** Waits before subscribing again after a drop. Default from 500 ms doubling up to 30 s, jittered. */
    resubscribeBackoff?: BackoffOptions;
    /** Attempts of an `any` append while other processes keep appending to the same stream. Default 10. */
    maxAppendAttempts?: number;
    /** Told when a subscription dropped and will be made again. Default: nothing. */
    warn?: (message: string) => void;
  }>;

/** Time and chance, replaced by tests. */
export type EventStoreDbRuntime = Readonly<{ sleep: (ms: number) => Promise<void>; random: () => number }>;

const SYSTEM_RUNTIME: EventStoreDbRuntime = { sleep: (ms) => sleep(ms), random: Math.random };

/**
 * The EventStore port on EventStoreDB (or KurrentDB, the same server) through @eventstore/db-client, as
 * docs/event-stores.md describes: streams `customer-<id>`, positions that are `$all` commit positions, the hash
 * chain and per-command idempotency kept by the adapter, `$all` filtered to Concord's streams, every call bounded by
 * the store's own deadline, and subscriptions that resubscribe after a drop. Creating it connects nothing; the
 * first call does.
 * @throws Error when `url` cannot be parsed (the message does not repeat it).
 */
export const createEventStoreDbEventStore = (options: EventStoreDbEventStoreOptions): EventStore =>
  createEventStoreDbEventStoreWith(options, SYSTEM_RUNTIME);

/** createEventStoreDbEventStore with its clock and randomness given. Not exported from the package. */
export const createEventStoreDbEventStoreWith = (
  options: EventStoreDbEventStoreOptions,
  runtime: EventStoreDbRuntime,
): EventStore => {
  const client = options.client ?? connectToEventStoreDb(options.url);
  const deadlineMs = options.deadlineMs ?? 10_000;
  const warn = options.warn ?? (() => undefined);
  const heads = createHeadFinder(client, deadlineMs);
  const appends = createKeyedLock();
  const subscriptions = createOpenSubscriptions();
  const calls = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;
  let closed = false;

  const appendDependencies: AppendDependencies = {
    client,
    deadlineMs,
    readStream: (stream) => readStreamEvents(client, deadlineMs, stream),
    readRevisions: (stream, fromRevision, count) =>
      readStreamEvents(client, deadlineMs, stream, { fromRevision, maxCount: count }),
    maxAttempts: options.maxAppendAttempts ?? 10,
    // Short: another writer's append is done within a round trip, and the caller is waiting.
    backoff: { initialMs: 5, maxMs: 200 },
    ...runtime,
  };

  /**
   * Tracks calls so close() can let them finish first. Appends are refused once close() began; reads only once the
   * subscriptions have stopped, since a handler finishing its batch may still read (as with SQLite).
   */
  const whileOpen = <T>(operation: string, run: () => Promise<T>, refusedWhileClosing = false): Promise<T> => {
    if (closed || (refusedWhileClosing && closing !== undefined)) return Promise.reject(new EventStoreClosed(operation));
    const call = Promise.resolve().then(run);
    calls.add(call);
    const forget = (): void => void calls.delete(call);
    call.then(forget, forget);
    return call;
  };

  const subscribe: EventStore['subscribe'] = (subscribeOptions, onEvents) => {
    if (closing !== undefined) throw new EventStoreClosed('subscribe');
    const subscription = startResubscribingSubscription(
      {
        client,
        after: subscribeOptions.after,
        batchSize: subscribeOptions.batchSize ?? options.defaultSubscriptionBatchSize ?? 500,
        deadlineMs,
        backoff: options.resubscribeBackoff ?? { initialMs: 500, maxMs: 30_000 },
        warn,
        ...runtime,
      },
      onEvents,
    );
    return subscriptions.track(subscription);
  };

  return {
    append: (stream, events, expected) =>
      whileOpen(
        `append to ${stream}`,
        () => {
          const request = toAppendRequest(stream, events, expected);
          return appends.run(stream, () => appendToEventStoreDb(appendDependencies, request));
        },
        true,
      ),
    readStream: (stream, readOptions) =>
      whileOpen('read a stream', () => readStreamEvents(client, deadlineMs, stream, readOptions)),
    readAll: (after, limit) => whileOpen('read all', () => readAllEvents(client, deadlineMs, after, limit)),
    readAllLean: async (after, limit) =>
      (await whileOpen('read all', () => readAllEvents(client, deadlineMs, after, limit))).map(leanEventOf),
    headPosition: () => whileOpen('read the head position', () => heads.headPosition()),
    countEventsAfter: (after, cap) => whileOpen('count events', () => countEventsAfter(client, deadlineMs, after, cap)),
    subscribe,
    // EventStoreDB sends whole events either way: the lean view only spares the consumer.
    subscribeLean: (subscribeOptions, onEvents) =>
      subscribe(subscribeOptions, (batch) => onEvents(batch.map(leanEventOf))),
    close: () =>
      (closing ??= (async () => {
        await subscriptions.stopAll();
        closed = true;
        // Each call ends within its deadline, so closing cannot hang on an unresponsive node.
        await Promise.allSettled([...calls]);
        await withDeadline('close the client', deadlineMs, () => client.dispose());
      })()),
  };
};
