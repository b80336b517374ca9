import { ANY, NO_STREAM, STREAM_EXISTS, WrongExpectedVersionError } from '@eventstore/db-client';
import { StreamRevisionConflict } from '../event-store.errors.js';
import type { ExpectedRevision } from '../event-store.port.js';
import {
  fromCurrentRevision,
  fromEventStoreDbRevision,
  toEventStoreDbRevision,
  toStreamRevision,
  toStreamRevisionConflict,
} from './eventstoredb.revision.js';

describe('expected revisions between the port and EventStoreDB', () => {
  it.each<[ExpectedRevision, unknown]>([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    [{ exact: 0 }, 0n],
    [{ exact: 41 }, 41n],
  ])('sends %j as %p, and reads it back the same', (ours, theirs) => {
    expect(toEventStoreDbRevision(ours)).toBe(theirs);
    expect(fromEventStoreDbRevision(toEventStoreDbRevision(ours))).toEqual(ours);
  });

  it("reads older servers' numeric codes: -1 no stream, -2 any", () => {
    expect(fromEventStoreDbRevision(-1n)).toBe('no_stream');
    expect(fromEventStoreDbRevision(-2n)).toBe('any');
  });

  it('refuses stream_exists, which Concord never sends', () => {
    expect(() => fromEventStoreDbRevision(STREAM_EXISTS)).toThrow('"stream_exists" has no counterpart');
    expect(() => fromEventStoreDbRevision(-4n)).toThrow('has no counterpart');
  });

  it('takes revisions as numbers only while they are exact', () => {
    expect(toStreamRevision(7n)).toBe(7);
    expect(toStreamRevision(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toStreamRevision(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(() => toStreamRevision(-1n)).toThrow(RangeError);
  });

  it('reads the current revision of a conflict, including a missing stream', () => {
    expect(fromCurrentRevision(NO_STREAM)).toBe('no_stream');
    expect(fromCurrentRevision(-1n)).toBe('no_stream');
    expect(fromCurrentRevision(3n)).toBe(3);
  });
});

describe('toStreamRevisionConflict', () => {
  it('turns the wrong-expected-version error into our conflict, with the revision the stream is at', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'customer-1', expected: 2n, current: 5n });
    const conflict = toStreamRevisionConflict(error);

    expect(conflict).toBeInstanceOf(StreamRevisionConflict);
    expect(conflict).toMatchObject({
      stream: 'customer-1',
      expected: { exact: 2 },
      actual: 5,
      code: 'STREAM.REVISION_CONFLICT',
    });
    expect(conflict.message).toBe('Stream customer-1 is at revision 5, expected 2; re-read the stream and retry.');
  });

  it('says no_stream when the stream the append expected does not exist', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'customer-2', expected: 0n, current: NO_STREAM });
    expect(toStreamRevisionConflict(error)).toMatchObject({ expected: { exact: 0 }, actual: 'no_stream' });
  });

  it('reports an expectation of no stream against an existing one', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'customer-3', expected: NO_STREAM, current: 0n });
    expect(toStreamRevisionConflict(error)).toMatchObject({ expected: 'no_stream', actual: 0 });
  });
});
