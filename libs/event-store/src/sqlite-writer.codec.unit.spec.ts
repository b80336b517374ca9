import type { AppendRequest } from './append-request.js';
import { decodeOutcomes, decodeRequests, encodeOutcomes, encodeRequests, type WireOutcome } from './sqlite-writer.codec.js';
import type { EventRow } from './sqlite.statements.js';

const event = (n: number) => ({ type: `T${n}`, dataJson: `{"n":${n}}`, metadataJson: `{"m":${n}}` });

describe('writer wire codec', () => {
  it('round-trips appends of every expected revision, with one or several events', () => {
    const requests: AppendRequest[] = [
      { stream: 'a', expected: 'any', commandId: 'c1', events: [event(1)] },
      { stream: 'b', expected: 'no_stream', commandId: 'c2', events: [event(2), event(3)] },
      { stream: 'c', expected: { exact: 0 }, commandId: 'c3', events: [event(4)] },
      { stream: 'd', expected: { exact: 41 }, commandId: 'c4', events: [event(5)] },
    ];

    expect(decodeRequests(encodeRequests(requests))).toEqual(requests);
  });

  it('round-trips appended, duplicate and failed outcomes, in order', () => {
    const row: EventRow = {
      position: 7,
      stream: 'a',
      revision: 0,
      type: 'T',
      data: '{}',
      metadata: '{}',
      hash: 'h',
      previous_hash: null,
      command_id: 'c',
    };
    const outcomes: WireOutcome[] = [
      { ok: true, value: { duplicate: false, firstRevision: 0, firstPreviousHash: null, positions: [8], hashes: ['x'] } },
      { ok: false, error: { kind: 'conflict', stream: 'b', expected: { exact: 1 }, actual: 3 } },
      { ok: true, value: { duplicate: true, rows: [row] } },
      {
        ok: true,
        value: { duplicate: false, firstRevision: 4, firstPreviousHash: 'p', positions: [9, 10], hashes: ['y', 'z'] },
      },
    ];

    expect(decodeOutcomes(encodeOutcomes(outcomes))).toEqual(outcomes);
  });

  it('carries only primitives for the common case', () => {
    const wire = encodeOutcomes([
      { ok: true, value: { duplicate: false, firstRevision: 0, firstPreviousHash: null, positions: [1], hashes: ['h'] } },
    ]);

    expect(wire.every((value) => value === null || typeof value !== 'object')).toBe(true);
  });
});
