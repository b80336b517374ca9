import type { Position } from '@concord/event-store';
import type { ReadModelStore } from './read-model-store.port.js';

export type WaitForPositionOptions = Readonly<{
  /** How long to wait at most. Default 2000 ms. */
  timeoutMs?: number;
  /** How often the records are read. Default 20 ms. */
  pollMs?: number;
}>;

export type WaitForPositionResult = Readonly<{
  reached: boolean;
  /** The checkpoint of each projection id when the wait ended (0 for one the store does not know). */
  positions: Readonly<Record<string, Position>>;
}>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Read-your-writes: waits until every projection has applied `position`, by polling the store's records, so it
 * works whether the projector runs in this process or another. Bounded: answers `reached: false` at the timeout.
 */
export const waitForPosition = async (
  store: ReadModelStore,
  projectionIds: readonly string[],
  position: Position,
  options: WaitForPositionOptions = {},
): Promise<WaitForPositionResult> => {
  const timeoutMs = options.timeoutMs ?? 2000;
  const pollMs = options.pollMs ?? 20;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const records = await store.records();
    const positions: Record<string, Position> = {};
    for (const id of projectionIds) positions[id] = records.find((record) => record.projectionId === id)?.checkpoint ?? 0;
    if (projectionIds.every((id) => (positions[id] ?? 0) >= position)) return { reached: true, positions };
    const left = deadline - performance.now();
    if (left <= 0) return { reached: false, positions };
    await sleep(Math.min(pollMs, left));
  }
};
