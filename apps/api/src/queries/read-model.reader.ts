import { Inject, Injectable } from '@nestjs/common';
import { activeProjectionId, waitForPosition, type ProjectionRecord, type ReadModelStore } from '@concord/read-models';
import { READ_MODEL_STORE } from '../infrastructure/read-model-store.provider.js';
import { ReadModelBehind, ReadModelFailed, ReadModelNotReady } from './read-model.errors.js';

/** How long a query waits for its read models to reach `minPosition`, and how often it looks. */
export type ReadYourWrites = Readonly<{ timeoutMs: number; pollMs: number }>;

/** DI token of the ReadYourWrites bound. */
export const READ_YOUR_WRITES = Symbol('READ_YOUR_WRITES');

/**
 * Two seconds covers a projector that is merely busy (it applies thousands of events a second) while keeping a
 * request from hanging on one that is stopped; polling the checkpoints every 20 ms costs one small read each.
 */
export const DEFAULT_READ_YOUR_WRITES: ReadYourWrites = { timeoutMs: 2_000, pollMs: 20 };

/** Finds the read models a query reads, after they have applied the caller's own writes when asked to. */
@Injectable()
export class ReadModelReader {
  constructor(
    @Inject(READ_MODEL_STORE) readonly store: ReadModelStore,
    @Inject(READ_YOUR_WRITES) private readonly bound: ReadYourWrites,
  ) {}

  /**
   * The live projection id of each name, in order (ReadModelFailed when its latest version failed and none is live,
   * ReadModelNotReady when none is live yet). With `minPosition`,
   * resolves once every one of them has applied that position, or throws ReadModelBehind after the bounded wait.
   */
  async projectionIds(names: readonly string[], minPosition: number | undefined): Promise<string[]> {
    const records = await this.store.records();
    const ids = names.map((name) => {
      const id = activeProjectionId(records, name);
      if (id === null) throw notServed(records, name);
      return id;
    });
    if (minPosition === undefined) return ids;
    const caughtUp = ids.every((id) => (records.find((r) => r.projectionId === id)?.checkpoint ?? -1) >= minPosition);
    if (caughtUp) return ids;
    const { reached, positions } = await waitForPosition(this.store, ids, minPosition, this.bound);
    if (!reached) throw new ReadModelBehind(minPosition, Math.min(...ids.map((id) => positions[id] ?? 0)));
    return ids;
  }
}

/** Why no version of `name` is live: the latest one failed, or none has been built yet. */
const notServed = (records: readonly ProjectionRecord[], name: string): Error => {
  const latest = records
    .filter((record) => record.name === name)
    .reduce<ProjectionRecord | undefined>((found, record) => (found && found.version > record.version ? found : record), undefined);
  if (latest?.status === 'failed' && latest.failure !== null) {
    const { position, eventType, failedAt } = latest.failure;
    return new ReadModelFailed(name, { position, eventType, failedAt });
  }
  return new ReadModelNotReady(name);
};
