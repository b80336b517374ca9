import type { ReadModelReads } from '../runtime/read-model-store.port.js';
import type { GroupCount } from '../shared/document-filter.js';
import type { MemoryDocuments } from './memory.documents.js';
import { compareOrderValues, fieldAt, groupValueAt, matchesFilter } from './memory.filter.js';

/**
 * The queries of the read-model port over documents held in memory (by projection id), with the semantics every
 * store implements: what the query functions' specs and the property tests run against.
 */
export const createMemoryReads = (versions: ReadonlyMap<string, MemoryDocuments>): ReadModelReads => {
  const entries = <Doc>(projectionId: string, collection: string): [string, Doc][] =>
    versions.get(projectionId)?.entries<Doc>(collection) ?? [];

  return {
    get: async <Doc>(projectionId: string, collection: string, id: string) =>
      versions.get(projectionId)?.get<Doc>(collection, id),
    find: async <Doc>(projectionId: string, collection: string, filter: Parameters<ReadModelReads['find']>[2]) =>
      entries<Doc>(projectionId, collection)
        .filter(([, doc]) => matchesFilter(doc, filter))
        .map(([, doc]) => doc),
    page: async <Doc>(
      projectionId: string,
      collection: string,
      filter: Parameters<ReadModelReads['page']>[2],
      { orderBy, after, limit }: Parameters<ReadModelReads['page']>[3],
    ) => {
      const keyed = entries<Doc>(projectionId, collection).flatMap(([id, doc]) => {
        const value = fieldAt(doc, orderBy);
        const ordered = typeof value === 'string' || typeof value === 'number';
        return ordered && matchesFilter(doc, filter) ? [{ id, doc, value }] : [];
      });
      const compare = (a: { value: string | number; id: string }, b: { value: string | number; id: string }) =>
        compareOrderValues(a.value, b.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      return keyed
        .filter((entry) => after === null || compare(entry, after) > 0)
        .sort(compare)
        .slice(0, limit)
        .map(({ doc }) => doc);
    },
    count: async (projectionId, collection, filter, groupBy) => {
      const groups = new Map<string, GroupCount>();
      for (const [, doc] of entries(projectionId, collection)) {
        if (!matchesFilter(doc, filter)) continue;
        const key = groupBy.map((field) => groupValueAt(doc, field));
        const id = JSON.stringify(key);
        groups.set(id, { key, count: (groups.get(id)?.count ?? 0) + 1 });
      }
      return [...groups.values()];
    },
  };
};
