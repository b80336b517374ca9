import { randomUUID } from 'node:crypto';
import { StreamNotFoundError, type StreamingRead } from '@eventstore/db-client';
import { Readable } from 'node:stream';
import type { EventStore, NewEvent } from '../event-store.port.js';
import { testCommandEvents, testEvent, uniqueStream } from '../testing/test-events.js';
import type { EventStoreDbClient } from './eventstoredb.client.js';
import { eventIdOf } from './eventstoredb.event-id.js';
import { createEventStoreDbEventStore } from './eventstoredb.event-store.js';
import { createFakeEventStoreDb, type FakeEventStoreDb } from './testing/fake-eventstoredb.js';

/** A retry re-decides: the same command, new metadata.eventIds. */
const retried = (events: readonly NewEvent[]): NewEvent[] =>
  events.map((event) => ({ ...event, metadata: { ...event.metadata, eventId: randomUUID() } }));

/**
 * A second process whose first read of the stream is stale: it saw the stream before the first process's append
 * landed. That is the window in which only the server's own duplicate check, or a re-read, can catch a retry.
 */
const processWithStaleFirstRead = (fake: FakeEventStoreDb): EventStore => {
  let stale = true;
  const client: EventStoreDbClient = {
    ...fake.client,
    readStream: ((stream: string, options?: object) => {
      if (!stale) return fake.client.readStream(stream, options);
      stale = false;
      const empty = new Readable({ objectMode: true, read() { this.destroy(new StreamNotFoundError(undefined, stream)); } });
      return Object.assign(empty, { cancel: async () => undefined }) as unknown as StreamingRead<never>;
    }) as EventStoreDbClient['readStream'],
  };
  return createEventStoreDbEventStore({ client, deadlineMs: 1000 });
};

describe('EventStoreDB adapter: a command is stored once', () => {
  let fake: FakeEventStoreDb;
  let first: EventStore;

  beforeEach(() => {
    fake = createFakeEventStoreDb();
    first = createEventStoreDbEventStore({ client: fake.client, deadlineMs: 1000 });
  });

  afterEach(() => first.close());

  it('derives event ids from the stream, the command and the index, so a resent append carries the same ids', async () => {
    const stream = uniqueStream();
    const events = testCommandEvents(2);
    await first.append(stream, events, 'no_stream');

    expect(fake.all().map((event) => event.id)).toEqual([
      eventIdOf(stream, events[0]!.metadata.commandId, 0),
      eventIdOf(stream, events[0]!.metadata.commandId, 1),
    ]);
  });

  it('answers a retry found in the stream with the first result, without sending anything', async () => {
    const stream = uniqueStream();
    const events = testCommandEvents(2);
    const stored = await first.append(stream, events, 'no_stream');
    const appendsBefore = fake.appendCalls();

    await expect(first.append(stream, retried(events), { exact: 7 })).resolves.toEqual({ ...stored, duplicate: true });
    expect(fake.appendCalls()).toBe(appendsBefore);
  });

  it("reports a retry the server absorbed (same ids, same revision) as a duplicate, with the first attempt's events", async () => {
    const stream = uniqueStream();
    const events = testCommandEvents(2);
    const stored = await first.append(stream, events, 'no_stream');
    const second = processWithStaleFirstRead(fake);

    const retry = await second.append(stream, retried(events), 'no_stream');

    expect(retry).toEqual({ ...stored, duplicate: true });
    expect(fake.all()).toHaveLength(2);
    await second.close();
  });

  it('finds the command after a conflict, when another process stored it and more since', async () => {
    const stream = uniqueStream();
    await first.append(stream, [testEvent()], 'no_stream');
    const events = testCommandEvents(2);
    const stored = await first.append(stream, events, { exact: 0 });
    await first.append(stream, [testEvent()], { exact: 2 });
    const second = processWithStaleFirstRead(fake);

    // Its stale read says "no stream": the server refuses (other events sit there), the re-read finds the command.
    await expect(second.append(stream, retried(events), 'no_stream')).resolves.toEqual({ ...stored, duplicate: true });
    expect(fake.all()).toHaveLength(4);
    await second.close();
  });

  it('reports a conflict when the stream moved on with other commands only', async () => {
    const stream = uniqueStream();
    await first.append(stream, [testEvent()], 'no_stream');
    const second = processWithStaleFirstRead(fake);

    await expect(second.append(stream, [testEvent()], 'no_stream')).rejects.toMatchObject({
      code: 'STREAM.REVISION_CONFLICT',
      expected: 'no_stream',
      actual: 0,
    });
    await second.close();
  });

  it("retries an 'any' append that another process overtook, on the new head", async () => {
    const stream = uniqueStream();
    await first.append(stream, [testEvent()], 'no_stream');
    const second = processWithStaleFirstRead(fake);

    const result = await second.append(stream, [testEvent()], 'any');

    expect(result).toMatchObject({ revision: 1, duplicate: false });
    await second.close();
  });
});
