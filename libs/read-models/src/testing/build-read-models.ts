import { ALL_PROJECTIONS } from '../all-projections.js';
import { applyEvents } from '../memory/apply-events.js';
import { createMemoryDocuments, type MemoryDocuments } from '../memory/memory.documents.js';
import type { Page } from '../metrics/paginate.js';
import type { ProjectedEvent, Projection } from '../projection.js';

/** Splits events into consecutive batches of the given sizes (cycled), as a runner polling the store would see them. */
export const inBatches = <T>(events: readonly T[], sizes: readonly number[]): T[][] => {
  const batches: T[][] = [];
  for (let start = 0, i = 0; start < events.length; i += 1) {
    const size = Math.max(1, sizes[i % Math.max(1, sizes.length)] ?? 1);
    batches.push(events.slice(start, start + size));
    start += size;
  }
  return batches;
};

type Batches = readonly (readonly ProjectedEvent[])[];

export const runInBatches = (projection: Projection, batches: Batches): MemoryDocuments => {
  const documents = createMemoryDocuments();
  for (const batch of batches) applyEvents(projection, batch, documents);
  return documents;
};

/** Every read model built incrementally, by projection name. */
export const buildReadModels = (batches: Batches): Map<string, MemoryDocuments> =>
  new Map(ALL_PROJECTIONS.map((projection) => [projection.name, runInBatches(projection, batches)]));

/** Follows next cursors until the last page; the page size is the caller's. */
export const allPages = async <Item>(fetch: (cursor: string | null) => Promise<Page<Item>>): Promise<Item[]> => {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Item> = await fetch(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
};
