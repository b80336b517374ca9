import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { hashCanonicalEvent, hashEvent, type HashedFields } from './event-hash.js';
import { testMetadata } from '../testing/test-events.js';

const fields: HashedFields = {
  stream: 'customer-42',
  revision: 3,
  type: 'CustomerComplained',
  data: { customerId: '42', severity: 'high', staffInvolved: ['s-1'] },
  metadata: testMetadata({
    eventId: 'e-1',
    commandId: 'cmd-1',
    correlationId: 'corr-1',
    causationId: 'cause-1',
  }),
  previousHash: 'a'.repeat(64),
};

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('hashEvent', () => {
  it('is SHA-256 over the canonical JSON of exactly the hashed fields', () => {
    expect(hashEvent(fields)).toBe(sha256(canonicalJson(fields)));
  });

  it('is pinned (cross-checked with Python json.dumps sort_keys), so a change of serialisation is noticed', () => {
    expect(hashEvent(fields)).toBe('03d11960d9f0c8defb697ef3ac8bab60e4585ca1ffddd369be0ab8d56e9901b2');
  });

  it('ignores the position and any other field', () => {
    expect(hashEvent({ ...fields, position: 99, hash: 'x' } as HashedFields)).toBe(hashEvent(fields));
  });

  it('hashes a first event with a null previousHash', () => {
    const first = { ...fields, revision: 0, previousHash: null };
    expect(hashEvent(first)).toBe(sha256(canonicalJson(first)));
  });

  it.each([
    ['stream', { stream: 'customer-43' }],
    ['revision', { revision: 4 }],
    ['type', { type: 'CustomerContacted' }],
    ['data', { data: { ...fields.data, severity: 'low' } }],
    ['metadata', { metadata: { ...fields.metadata, actor: { id: 'staff-2', role: 'admin' } } }],
    ['previousHash', { previousHash: 'b'.repeat(64) }],
  ] as const)('changes when %s changes', (_field, change) => {
    expect(hashEvent({ ...fields, ...change })).not.toBe(hashEvent(fields));
  });
});

describe('hashCanonicalEvent', () => {
  it('equals hashEvent given the canonical data and metadata', () => {
    for (const previousHash of [fields.previousHash, null]) {
      expect(
        hashCanonicalEvent({
          ...fields,
          previousHash,
          dataJson: canonicalJson(fields.data),
          metadataJson: canonicalJson(fields.metadata),
        }),
      ).toBe(hashEvent({ ...fields, previousHash }));
    }
  });

  it('escapes stream and type like canonicalJson', () => {
    const odd = { ...fields, stream: 'customer-"quoted"\n', type: 'Ünïcode' };
    expect(
      hashCanonicalEvent({ ...odd, dataJson: canonicalJson(odd.data), metadataJson: canonicalJson(odd.metadata) }),
    ).toBe(sha256(canonicalJson(odd)));
  });
});
