import { randomUUID } from 'node:crypto';
import type { CollectionDefinition } from '../../projection.js';
import type { DocumentWrite, ReadModelStore } from '../read-model-store.port.js';

/** What each contract spec needs: the store under test, opened once for the suite. */
export type ContractContext = Readonly<{ store: () => ReadModelStore }>;

/** What the query contracts need: a store's writes to set up documents, and its queries. */
export type QueryContractContext = Readonly<{
  store: () => Pick<ReadModelStore, 'prepare' | 'commit' | 'find' | 'page' | 'count'>;
}>;

/**
 * A projection name no other test uses, so the suite can run against a shared MongoDB without cleaning up.
 * Short and plain (letters, digits, `-`) so every adapter can derive table and collection names from it.
 */
export const uniqueProjectionName = (): string => `ct-${randomUUID().slice(0, 13).replace(/-/g, '')}`;

export const CUSTOMERS: CollectionDefinition = {
  name: 'customers',
  indexes: [{ fields: ['status', 'segment'] }],
  dateFields: ['since', 'endedAt', 'contacts.occurredAt', 'latest.respondedAt'],
};

export const COMPLAINTS: CollectionDefinition = {
  name: 'complaints',
  indexes: [{ fields: ['receivedAt'] }, { fields: ['status', 'dueAt'] }],
  dateFields: ['receivedAt', 'dueAt'],
};

/** Indexed so that a count can group off the index alone (SQLite then reads no document). */
export const RESPONSES: CollectionDefinition = {
  name: 'responses',
  indexes: [{ fields: ['respondedAt', 'kind', 'score'] }, { fields: ['kind', 'segment'] }],
  dateFields: ['respondedAt'],
};

export type TestProjection = Readonly<{ name: string; version: number; collections: readonly CollectionDefinition[] }>;

export const testProjection = (name = uniqueProjectionName(), version = 1): TestProjection => ({
  name,
  version,
  collections: [CUSTOMERS, COMPLAINTS, RESPONSES],
});

export const idOf = ({ name, version }: TestProjection): string => `${name}.v${version}`;

export const put = (collection: string, id: string, doc: unknown, position: number): DocumentWrite => ({
  kind: 'put',
  collection,
  id,
  doc,
  position,
});

export const remove = (collection: string, id: string, position: number): DocumentWrite => ({
  kind: 'delete',
  collection,
  id,
  position,
});

/** Every shape a read-model document holds: nested objects and arrays, nulls, numbers, text, instants. */
export const richCustomer = (customerId: string) => ({
  customerId,
  name: 'Li Wei 李伟 "quoted" \\ back-slashed 😀',
  status: 'active',
  segment: 'affluent',
  since: '2026-01-05T09:00:00.000Z',
  endedAt: null,
  score: 86.7,
  negative: -3,
  zero: 0,
  large: 9_007_199_254_740_991,
  flag: true,
  off: false,
  tags: ['a', 'b'],
  empty: [],
  nothing: {},
  nested: { deeper: { list: [1, 'two', null, { three: 3 }] } },
  contacts: [
    { contactId: 'k-1', occurredAt: '2026-02-01T10:00:00.000Z', channel: 'phone' },
    { contactId: 'k-2', occurredAt: '2026-02-03T10:00:00.123Z', channel: 'email' },
  ],
  latest: { respondedAt: '2026-02-04T08:30:00.000Z', score: 2 },
  // Looks like an instant but is not a declared date field: an adapter must leave it a string.
  note: '2026-01-05T09:00:00.000Z',
});

export const complaint = (id: string, status: 'open' | 'resolved', receivedAt: string, dueAt: string | null) => ({
  complaintId: id,
  status,
  receivedAt,
  dueAt,
});

/** Sorted copies, since `find` promises no order. */
export const byId = <Doc extends { complaintId: string }>(docs: readonly Doc[]): string[] =>
  docs.map((doc) => doc.complaintId).sort();
