import { createSqliteEventStore, type EventStore, type Position } from '@concord/event-store';
import type { Projection } from '../../projection.js';
import { applyEvents } from '../../memory/apply-events.js';
import { createMemoryDocuments, type DocumentSnapshot, type MemoryDocuments } from '../../memory/memory.documents.js';
import { createSqliteReadModelStore } from '../../stores/sqlite/sqlite.read-model-store.js';
import { toProjectedEvent } from '../projected-event.js';
import type { ProjectorLog } from '../projector-log.js';
import type { ReadModelStore } from '../read-model-store.port.js';
import { waitForPosition } from '../wait-for-position.js';

export type Stores = Readonly<{ events: EventStore; store: ReadModelStore; close: () => Promise<void> }>;

/** A private event store and read store, both SQLite in memory. */
export const openStores = (): Stores => {
  const events = createSqliteEventStore({ file: ':memory:', pollIntervalMs: 10 });
  const store = createSqliteReadModelStore({ file: ':memory:' });
  return { events, store, close: async () => void (await Promise.all([store.close(), events.close()])) };
};

/**
 * Waits (bounded, 20 s by default) until every projection id has applied the event store's current head.
 * @throws Error naming each projection's checkpoint when they do not get there.
 */
export const untilCaughtUp = async (
  { events, store }: Pick<Stores, 'events' | 'store'>,
  projectionIds: readonly string[],
  timeoutMs = 20_000,
): Promise<Position> => {
  const head = await events.headPosition();
  const { reached, positions } = await waitForPosition(store, projectionIds, head, { timeoutMs, pollMs: 5 });
  if (!reached) {
    const records = await store.records();
    throw new Error(
      `projections did not reach position ${head} within ${timeoutMs} ms: ${JSON.stringify(positions)}; ` +
        `records: ${JSON.stringify(records)}`,
    );
  }
  return head;
};

/** The reference: every stored event applied in memory by `applyEvents`, in one pass. */
export const rebuiltInMemory = async (events: EventStore, projection: Projection): Promise<MemoryDocuments> => {
  const documents = createMemoryDocuments();
  for (let after = 0; ; ) {
    const batch = await events.readAllLean(after, 5000);
    const last = batch.at(-1);
    if (last === undefined) return documents;
    applyEvents(projection, batch.map(toProjectedEvent), documents);
    after = last.position;
  }
};

/**
 * The stored documents of a projection version in the shape of MemoryDocuments.snapshot(), fetched by the ids
 * `expected` holds; documents the store holds beyond those are counted under a marker id, so they fail the match.
 */
export const storedSnapshot = async (
  store: ReadModelStore,
  projectionId: string,
  projection: Projection,
  expected: DocumentSnapshot,
): Promise<DocumentSnapshot> => {
  const snapshot: Record<string, Record<string, unknown>> = {};
  for (const { name } of projection.collections) {
    const ids = Object.keys(expected[name] ?? {});
    const loaded = await store.load(projectionId, ids.map((id) => ({ collection: name, id })));
    const documents: Record<string, unknown> = {};
    for (const id of ids) if (loaded.has(`${name}/${id}`)) documents[id] = loaded.get(`${name}/${id}`);
    const all = await store.find(projectionId, name, { equals: {}, ranges: [] });
    const extra = all.length - Object.keys(documents).length;
    if (extra !== 0) documents['(documents not in the expected snapshot)'] = extra;
    if (Object.keys(documents).length > 0) snapshot[name] = documents;
  }
  return snapshot;
};

/** A log that keeps its lines, to check what the projector reported. */
export const capturingLog = (): ProjectorLog & { lines: string[] } => {
  const lines: string[] = [];
  return {
    lines,
    log: (message) => void lines.push(`log: ${message}`),
    warn: (message) => void lines.push(`warn: ${message}`),
    error: (message) => void lines.push(`error: ${message}`),
  };
};

/**
 * Polls `condition` every 5 ms for at most `timeoutMs` (20 s by default).
 * @throws Error with `describe()`'s account of the state when it never holds.
 */
export const until = async (
  condition: () => boolean | Promise<boolean>,
  describe: () => string | Promise<string>,
  timeoutMs = 20_000,
): Promise<void> => {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms: ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
