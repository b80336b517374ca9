import type { EventStore } from '@concord/event-store';

/**
 * The limit of a rebuild on this machine: reading every event through the event store's readAll, which parses
 * each event's JSON data and metadata, and nothing else. Events/s.
 */
export const readAllRate = async (events: EventStore, batchSize = 1000): Promise<number> => {
  const started = performance.now();
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await events.readAll(after, batchSize);
    const last = batch.at(-1);
    if (last === undefined) break;
    count += batch.length;
    after = last.position;
  }
  return count / ((performance.now() - started) / 1000);
};
