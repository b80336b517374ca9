import type { AllStreamRecordedEvent } from '@eventstore/db-client';
import { canonicalJson } from '../integrity/canonical-json.js';
import { hashEvent } from '../integrity/event-hash.js';
import { testMetadata } from '../testing/test-events.js';
import { toEventData, toStoredEvent, type PreparedEvent } from './eventstoredb.codec.js';
import { UnreadableStoredEvent } from './eventstoredb.errors.js';

const metadata = testMetadata();
const data = { customerId: 'c-1', nested: { b: 1, a: [true, null] }, text: 'Zürich 😀' };
const prepared: PreparedEvent = {
  id: '09cc1d26-2c29-8e8e-9272-778d7e66a084',
  type: 'CustomerRegistered',
  dataJson: canonicalJson(data),
  metadataJson: canonicalJson(metadata),
  hash: 'a'.repeat(64),
  previousHash: null,
};

/** What the server sends back for an event written from `eventData`: JSON both ways, and its position. */
const recordedFrom = (overrides: Partial<AllStreamRecordedEvent> = {}): AllStreamRecordedEvent => {
  const eventData = toEventData(prepared);
  return {
    streamId: 'customer-1',
    id: eventData.id,
    revision: 0n,
    type: eventData.type,
    data: JSON.parse(JSON.stringify(eventData.data)),
    metadata: JSON.parse(JSON.stringify(eventData.metadata)),
    isJson: true,
    created: new Date(0),
    position: { commit: 4096n, prepare: 4096n },
    ...overrides,
  } as AllStreamRecordedEvent;
};

describe('the stored form of an event', () => {
  it('sends data as JSON, and metadata as ours plus hash and previousHash, under the derived id', () => {
    expect(toEventData(prepared)).toEqual({
      id: prepared.id,
      contentType: 'application/json',
      type: 'CustomerRegistered',
      data,
      metadata: { ...metadata, hash: prepared.hash, previousHash: null },
    });
  });

  it("sends data in canonical key order, so the server's copy is the JSON that was hashed", () => {
    expect(JSON.stringify(toEventData(prepared).data)).toBe(prepared.dataJson);
  });

  it('reads back as the StoredEvent that was written, position and all', () => {
    expect(toStoredEvent(recordedFrom())).toEqual({
      stream: 'customer-1',
      revision: 0,
      position: 4096,
      type: 'CustomerRegistered',
      data,
      metadata,
      hash: prepared.hash,
      previousHash: null,
    });
  });

  it('reads back data and metadata that re-hash to what was computed before the write', () => {
    const stored = toStoredEvent(recordedFrom());
    const hashed = { stream: 'customer-1', revision: 0, type: prepared.type, data, metadata, previousHash: null };
    expect(hashEvent(stored)).toBe(hashEvent(hashed));
  });

  it.each<[string, Partial<AllStreamRecordedEvent>, RegExp]>([
    ['binary data', { isJson: false } as Partial<AllStreamRecordedEvent>, /its data is not a JSON object/],
    ['no metadata', { metadata: undefined } as Partial<AllStreamRecordedEvent>, /its metadata is not a JSON object/],
    ['metadata without the chain', { metadata: { ...metadata } } as Partial<AllStreamRecordedEvent>, /lacks the hash/],
    [
      'metadata without a commandId',
      { metadata: { hash: 'b'.repeat(64), previousHash: null } } as Partial<AllStreamRecordedEvent>,
      /has no commandId/,
    ],
  ])('refuses an event with %s, naming it and saying nothing is skipped', (_, overrides, problem) => {
    const read = () => toStoredEvent(recordedFrom({ revision: 7n, ...overrides }));
    expect(read).toThrow(UnreadableStoredEvent);
    expect(read).toThrow(problem);
    expect(read).toThrow(/Event 7 of customer-1 cannot be read: .* nothing is skipped/);
  });
});
