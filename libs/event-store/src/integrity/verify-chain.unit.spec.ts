import type { StoredEvent } from '../event-store.port.js';
import { hashEvent } from './event-hash.js';
import { verifyChain } from './verify-chain.js';
import { testMetadata } from '../testing/test-events.js';

/** A correctly chained history of `length` events, built without any adapter. */
const history = (length: number, stream = 'customer-1'): StoredEvent[] => {
  const events: StoredEvent[] = [];
  for (let revision = 0; revision < length; revision += 1) {
    const fields = {
      stream,
      revision,
      type: 'CustomerContacted',
      data: { customerId: '1', n: revision },
      metadata: testMetadata(),
      previousHash: events.at(-1)?.hash ?? null,
    };
    events.push({ ...fields, position: 100 + revision, hash: hashEvent(fields) });
  }
  return events;
};

const replaceAt = (events: StoredEvent[], index: number, change: Partial<StoredEvent>): StoredEvent[] =>
  events.map((event, i) => (i === index ? { ...event, ...change } : event));

describe('verifyChain', () => {
  const events = history(5);

  it('accepts an intact history', () => {
    expect(verifyChain(events)).toEqual({ valid: true, checked: 5 });
  });

  it('accepts an empty history', () => {
    expect(verifyChain([])).toEqual({ valid: true, checked: 0 });
  });

  it('does not depend on positions (they are not hashed)', () => {
    expect(verifyChain(events.map((event) => ({ ...event, position: event.position * 7 }))).valid).toBe(true);
  });

  it.each([
    ['data', { data: { customerId: '1', n: 99 } }],
    ['metadata', { metadata: testMetadata() }],
    ['type', { type: 'CustomerComplained' }],
    ['stream', { stream: 'customer-2' }],
    ['hash', { hash: 'f'.repeat(64) }],
    ['previousHash', { previousHash: 'f'.repeat(64) }],
  ] as const)('detects tampered %s at the tampered revision', (_field, change) => {
    expect(verifyChain(replaceAt(events, 2, change))).toEqual({ valid: false, checked: 2, firstInvalidRevision: 2 });
  });

  it('detects a tampered event whose own hash was recomputed at the next revision', () => {
    const tampered = { ...events[2]!, data: { customerId: '1', n: 99 } };
    const rehashed = replaceAt(events, 2, { ...tampered, hash: hashEvent(tampered) });
    expect(verifyChain(rehashed)).toEqual({ valid: false, checked: 3, firstInvalidRevision: 3 });
  });

  it('detects a deleted event', () => {
    expect(verifyChain(events.filter((event) => event.revision !== 3))).toEqual({
      valid: false,
      checked: 3,
      firstInvalidRevision: 3,
    });
  });

  it('detects a deleted first event', () => {
    expect(verifyChain(events.slice(1))).toMatchObject({ valid: false, firstInvalidRevision: 0 });
  });

  it('detects reordered events', () => {
    const [e0, e1, e2, ...rest] = events;
    expect(verifyChain([e0!, e2!, e1!, ...rest])).toEqual({ valid: false, checked: 1, firstInvalidRevision: 1 });
  });

  it('detects renumbered revisions even when the links are intact', () => {
    expect(verifyChain(replaceAt(events, 4, { revision: 5 }))).toMatchObject({ valid: false, firstInvalidRevision: 4 });
  });

  it('detects a history spliced from another stream', () => {
    const other = history(5, 'customer-2');
    expect(verifyChain([...events.slice(0, 2), ...other.slice(2)])).toMatchObject({
      valid: false,
      firstInvalidRevision: 2,
    });
  });
});
