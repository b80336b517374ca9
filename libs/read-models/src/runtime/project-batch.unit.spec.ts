import { toProjectedEvents } from '@concord/testing';
import type { CustomerEvent } from '@concord/contracts';
import type { Projection } from '../projection.js';
import { UnknownCollection } from '../shared/read-model.errors.js';
import { createDocumentCache } from './document-cache.js';
import { compileProjection, projectBatch } from './project-batch.js';

const contact = (customerId: string, contactId: string): CustomerEvent => ({
  type: 'CustomerContacted',
  data: { customerId, contactId, channel: 'phone', direction: 'outbound', purpose: 'care', staffId: 'rm-1', occurredAt: '2026-01-05T09:00:00.000Z' },
});
const ended = (customerId: string): CustomerEvent => ({
  type: 'RelationshipEnded',
  data: { customerId, reason: 'moved', endedAt: '2026-02-01T00:00:00.000Z' },
});

/** Counts contacts per customer; writes twice per event (a put, then a put over it) and throws on `boom`. */
const counting: Projection = {
  name: 'counting',
  version: 1,
  collections: [{ name: 'counts', indexes: [] }],
  handles: ['CustomerContacted'],
  documentsFor: (event) => [{ collection: 'counts', id: event.data.customerId }],
  apply: (event, session) => {
    if (event.type !== 'CustomerContacted') return;
    const n = session.get<{ n: number }>('counts', event.data.customerId)?.n ?? 0;
    session.put('counts', event.data.customerId, { n: -1 });
    if (event.data.contactId === 'boom') throw new Error('boom');
    session.put('counts', event.data.customerId, { n: n + 1 });
  },
};

const compiled = compileProjection(counting, 'counting.v1');

describe('projectBatch', () => {
  it('loads every declared document once, and writes each changed one once, at the last position touching it', async () => {
    const events = toProjectedEvents([contact('c-1', 'k-1'), contact('c-2', 'k-2'), ended('c-1'), contact('c-1', 'k-3')]);
    const loads: unknown[] = [];
    const cache = createDocumentCache(100);
    const outcome = await projectBatch(compiled, events, cache, async (keys) => {
      loads.push(keys);
      return new Map([['counts/c-1', { n: 5 }]]);
    });

    expect(loads).toEqual([[{ collection: 'counts', id: 'c-1' }, { collection: 'counts', id: 'c-2' }]]);
    expect(outcome).toEqual({ checkpoint: 4, failure: null });
    expect(cache.takeWrites()).toEqual([
      { kind: 'put', collection: 'counts', id: 'c-1', doc: { n: 7 }, position: 4 },
      { kind: 'put', collection: 'counts', id: 'c-2', doc: { n: 1 }, position: 2 },
    ]);
  });

  it('loads only what the cache lacks, and keeps documents between batches', async () => {
    const cache = createDocumentCache(100);
    const loads: unknown[] = [];
    const load = async (keys: readonly unknown[]) => {
      loads.push(keys);
      return new Map<string, unknown>();
    };
    await projectBatch(compiled, toProjectedEvents([contact('c-1', 'k-1')]), cache, load);
    cache.takeWrites();
    cache.trim();
    await projectBatch(compiled, toProjectedEvents([contact('c-1', 'k-2'), contact('c-2', 'k-3')], 2), cache, load);

    expect(loads).toEqual([[{ collection: 'counts', id: 'c-1' }], [{ collection: 'counts', id: 'c-2' }]]);
    expect(cache.takeWrites()).toEqual([
      { kind: 'put', collection: 'counts', id: 'c-1', doc: { n: 2 }, position: 2 },
      { kind: 'put', collection: 'counts', id: 'c-2', doc: { n: 1 }, position: 3 },
    ]);
  });

  it('stops at a throwing apply, undoing its partial writes, with the checkpoint just before it', async () => {
    const events = toProjectedEvents([contact('c-1', 'k-1'), ended('c-2'), contact('c-1', 'boom'), contact('c-2', 'k-4')]);
    const cache = createDocumentCache(100);
    const outcome = await projectBatch(compiled, events, cache, async () => new Map());

    expect(cache.takeWrites()).toEqual([{ kind: 'put', collection: 'counts', id: 'c-1', doc: { n: 1 }, position: 1 }]);
    expect(outcome.checkpoint).toBe(2);
    expect(outcome.failure?.event.position).toBe(3);
    expect(outcome.failure?.error).toEqual(new Error('boom'));
  });

  it('reports a document key in a collection the projection does not define, before applying anything after it', async () => {
    const elsewhere = compileProjection(
      { ...counting, documentsFor: (event) => [{ collection: event.position === 2 ? 'other' : 'counts', id: event.data.customerId }] },
      'counting.v1',
    );
    const events = toProjectedEvents([contact('c-1', 'k-1'), contact('c-1', 'k-2')]);
    const outcome = await projectBatch(elsewhere, events, createDocumentCache(100), async () => new Map());

    expect(outcome.checkpoint).toBe(1);
    expect(outcome.failure?.error).toBeInstanceOf(UnknownCollection);
  });

  it('advances over events the projection does not handle, loading nothing', async () => {
    const cache = createDocumentCache(100);
    const outcome = await projectBatch(compiled, toProjectedEvents([ended('c-1'), ended('c-2')]), cache, async () => {
      throw new Error('nothing to load');
    });

    expect(outcome).toEqual({ checkpoint: 2, failure: null });
    expect(cache.takeWrites()).toEqual([]);
  });
});

describe('compileProjection', () => {
  it('stores each put with its collection derived fields, and leaves deletes and other collections alone', () => {
    const doubled = compileProjection(
      {
        ...counting,
        collections: [
          { name: 'counts', indexes: [], derive: (doc) => ({ ...(doc as { n: number }), twice: (doc as { n: number }).n * 2 }) },
          { name: 'plain', indexes: [] },
        ],
      },
      'counting.v1',
    );
    expect(
      doubled.stored([
        { kind: 'put', collection: 'counts', id: 'c-1', doc: { n: 2 }, position: 3 },
        { kind: 'put', collection: 'plain', id: 'c-1', doc: { n: 2 }, position: 3 },
        { kind: 'delete', collection: 'counts', id: 'c-2', position: 4 },
      ]),
    ).toEqual([
      { kind: 'put', collection: 'counts', id: 'c-1', doc: { n: 2, twice: 4 }, position: 3 },
      { kind: 'put', collection: 'plain', id: 'c-1', doc: { n: 2 }, position: 3 },
      { kind: 'delete', collection: 'counts', id: 'c-2', position: 4 },
    ]);
  });
});
