import { Readable } from 'node:stream';
import {
  AccessDeniedError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
  type StreamingRead,
} from '@eventstore/db-client';
import { collect, translateClientError, withDeadline } from './eventstoredb.calls.js';
import { EventStoreAccessDenied, EventStorePositionUnusable, EventStoreUnavailable } from './eventstoredb.errors.js';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe('withDeadline', () => {
  it('fails a call that never answers once the deadline has passed, saying what to check', async () => {
    const started = Date.now();
    const failure = withDeadline('read the head of $all', 50, never);

    await expect(failure).rejects.toThrow(EventStoreUnavailable);
    await expect(failure).rejects.toThrow(
      /^EventStoreDB did not answer within 50 ms \(read the head of \$all\)\. Check that EVENTSTORE_URL names a running node/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('warns that a timed-out append may have been stored, and that a retry with the same commandId is safe', async () => {
    await expect(withDeadline('append to customer-1', 10, never)).rejects.toThrow(
      /may or may not have been stored: retrying with the same commandId is safe/,
    );
  });

  it('passes an answer through, and translates a failure', async () => {
    await expect(withDeadline('read', 1000, async () => 42)).resolves.toBe(42);
    await expect(withDeadline('read', 1000, () => Promise.reject(new UnavailableError()))).rejects.toThrow(
      EventStoreUnavailable,
    );
  });

  it('catches a call that throws before returning a promise', async () => {
    const failure = new Error('synchronous');
    await expect(
      withDeadline('read', 1000, () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });
});

describe('collect', () => {
  it('gathers every item of a read', async () => {
    const read = Object.assign(Readable.from([1, 2, 3]), { cancel: async () => undefined });
    await expect(collect('read', 1000, () => read as unknown as StreamingRead<number>)).resolves.toEqual([1, 2, 3]);
  });

  it('cancels a read that stalls past the deadline', async () => {
    let cancelled = false;
    const stalled = Object.assign(new Readable({ objectMode: true, read: () => undefined }), {
      cancel: async () => {
        cancelled = true;
      },
    });
    await expect(collect('read $all', 20, () => stalled as unknown as StreamingRead<number>)).rejects.toThrow(
      EventStoreUnavailable,
    );
    expect(cancelled).toBe(true);
  });
});

describe('translateClientError', () => {
  it('reads an unreachable node as EventStoreUnavailable, keeping the cause', () => {
    const refused = new UnavailableError(undefined, '14 UNAVAILABLE: connect ECONNREFUSED');
    const translated = translateClientError('read all', refused);
    expect(translated).toBeInstanceOf(EventStoreUnavailable);
    expect(String(translated)).toMatch(/EventStoreDB is unavailable: 14 UNAVAILABLE: connect ECONNREFUSED \(read all\)/);
    expect((translated as Error).cause).toBe(refused);
  });

  it('reads a lost leader as unavailable: the client finds the new leader on its next call', () => {
    // The gRPC status the client builds it from, reduced to what its constructor reads.
    const metadata = { getMap: () => ({ 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' }) };
    const status = Object.assign(new Error('not leader'), { code: 5, details: '', metadata });
    const notLeader = new NotLeaderError(status as unknown as ConstructorParameters<typeof NotLeaderError>[0]);
    expect(translateClientError('append to customer-1', notLeader)).toBeInstanceOf(EventStoreUnavailable);
  });

  it('says which rights are missing when access is denied', () => {
    expect(translateClientError('read all', new AccessDeniedError())).toBeInstanceOf(EventStoreAccessDenied);
    expect(String(translateClientError('read all', new AccessDeniedError()))).toMatch(/read rights on \$all/);
  });

  it('explains a position the server refuses', () => {
    const refused = new UnknownError(undefined, 'Trying to read from an invalid position.');
    const translated = translateClientError('subscribe to $all', refused);
    expect(translated).toBeInstanceOf(EventStorePositionUnusable);
    expect(String(translated)).toMatch(/a checkpoint kept from another database cannot be used/);
  });

  it('leaves the errors the adapter handles itself, and foreign ones, as they are', () => {
    const conflict = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n });
    const missing = new StreamNotFoundError(undefined, 'customer-1');
    const other = new TypeError('a bug');
    for (const error of [conflict, missing, other, new UnknownError(undefined, 'something else')]) {
      expect(translateClientError('op', error)).toBe(error);
    }
  });
});
