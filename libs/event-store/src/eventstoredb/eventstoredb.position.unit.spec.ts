import { START as FROM_START } from '@eventstore/db-client';
import { START } from '../event-store.port.js';
import { EventStorePositionUnusable } from './eventstoredb.errors.js';
import { compareLogPositions, toPosition, toReadPosition } from './eventstoredb.position.js';

const at = (commit: bigint, prepare = commit) => ({ commit, prepare });

describe('toPosition', () => {
  it("is the event's $all commit position, which every event written over gRPC has to itself", () => {
    expect(toPosition(at(4096n), 'event 0 of customer-1')).toBe(4096);
    expect(toPosition(at(4345n), 'event 1 of customer-1')).toBe(4345);
  });

  it('holds positions up to the largest safe integer exactly', () => {
    expect(toPosition(at(BigInt(Number.MAX_SAFE_INTEGER)), 'e')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a position beyond a safe integer rather than round it onto a neighbour', () => {
    const beyond = BigInt(Number.MAX_SAFE_INTEGER) + 1n;
    expect(() => toPosition(at(beyond), 'event 9 of customer-1')).toThrow(EventStorePositionUnusable);
    expect(() => toPosition(at(beyond), 'event 9 of customer-1')).toThrow(
      /\$all position 9007199254740992 of event 9 of customer-1 exceeds 9007199254740991/,
    );
  });

  it('refuses events of an explicit transaction, which share one commit position', () => {
    expect(() => toPosition(at(9000n, 8000n), 'event 3 of customer-1')).toThrow(
      /event 3 of customer-1 shares \$all commit position 9000 .* is 8000\): it was written by an explicit transaction/,
    );
  });

  it('says which servers report positions when one is missing', () => {
    expect(() => toPosition(undefined, 'event 0 of customer-1')).toThrow(/EventStoreDB 22.10 or later/);
    expect(() => toPosition(at(0n), 'event 0 of customer-1')).toThrow(EventStorePositionUnusable);
  });
});

describe('toReadPosition', () => {
  it('starts at the beginning of $all for START, otherwise at the event at that position', () => {
    expect(toReadPosition(START)).toBe(FROM_START);
    expect(toReadPosition(4096)).toEqual(at(4096n));
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])('refuses %p', (position) => {
    expect(() => toReadPosition(position)).toThrow(RangeError);
  });
});

describe('compareLogPositions', () => {
  it('orders like $all: by commit position, then prepare position', () => {
    const sorted = [at(20n), at(10n, 5n), at(10n, 8n), at(15n)].sort(compareLogPositions);
    expect(sorted).toEqual([at(10n, 5n), at(10n, 8n), at(15n), at(20n)]);
    expect(compareLogPositions(at(7n), at(7n))).toBe(0);
  });
});
