import type { CustomerEvent } from '@concord/contracts';
import type { ProjectedEvent, Projection } from '../projection.js';
import { UndeclaredDocumentAccess, UnknownCollection } from '../shared/read-model.errors.js';
import { applyEvents } from './apply-events.js';
import { createMemoryDocuments } from './memory.documents.js';

const at = (event: CustomerEvent, position: number): ProjectedEvent => ({
  ...event,
  stream: `customer-${event.data.customerId}`,
  revision: position - 1,
  position,
  recordedAt: '2026-01-05T09:00:00.000Z',
});

const registered = at(
  {
    type: 'CustomerRegistered',
    data: {
      customerId: 'c-1',
      kind: 'individual',
      name: 'Li Wei',
      relationshipManagerId: 'rm-7',
      channel: 'branch',
      registeredAt: '2026-01-05T09:00:00.000Z',
    },
  },
  1,
);
const ended = at(
  { type: 'RelationshipEnded', data: { customerId: 'c-1', reason: 'moved', endedAt: '2026-02-01T00:00:00.000Z' } },
  2,
);

/** Counts registrations per relationship manager; `touch` decides which document apply writes. */
const counter = (touch: (event: ProjectedEvent) => { collection: string; id: string }): Projection => ({
  name: 'counter',
  version: 1,
  collections: [{ name: 'counts', indexes: [] }],
  handles: ['CustomerRegistered'],
  documentsFor: (event) => [{ collection: 'counts', id: event.data.customerId }],
  apply: (event, session) => {
    const { collection, id } = touch(event);
    const count = session.get<{ n: number }>(collection, id)?.n ?? 0;
    session.put(collection, id, { n: count + 1 });
  },
});

describe('applyEvents', () => {
  it('applies the events a projection handles and skips the others', () => {
    const documents = createMemoryDocuments();
    applyEvents(counter((event) => ({ collection: 'counts', id: event.data.customerId })), [registered, ended], documents);
    expect(documents.snapshot()).toEqual({ counts: { 'c-1': { n: 1 } } });
  });

  it('throws when apply touches a document documentsFor did not declare', () => {
    const projection = counter(() => ({ collection: 'counts', id: 'rm-7' }));
    expect(() => applyEvents(projection, [registered], createMemoryDocuments())).toThrow(UndeclaredDocumentAccess);
    expect(() => applyEvents(projection, [registered], createMemoryDocuments())).toThrow(
      'counter.v1: applying CustomerRegistered at position 1 touched counts/rm-7, which documentsFor did not declare',
    );
  });

  it('throws when a declared document lies in a collection the projection does not define', () => {
    const projection: Projection = {
      ...counter((event) => ({ collection: 'counts', id: event.data.customerId })),
      documentsFor: (event) => [{ collection: 'elsewhere', id: event.data.customerId }],
    };
    expect(() => applyEvents(projection, [registered], createMemoryDocuments())).toThrow(UnknownCollection);
  });
});
