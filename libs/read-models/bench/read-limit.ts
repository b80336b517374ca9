import type { EventStore, Position } from '@concord/event-store';

type Read = (after: Position, limit: number) => Promise<readonly { position: Position }[]>;

/** Events/s of reading the whole log with `read`, in batches, doing nothing else. */
const readRate = async (read: Read, batchSize: number): Promise<number> => {
  const started = performance.now();
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await read(after, batchSize);
    const last = batch.at(-1);
    if (last === undefined) break;
    count += batch.length;
    after = last.position;
  }
  return count / ((performance.now() - started) / 1000);
};

/**
 * The limit of a rebuild on this machine: reading every event through the event store's readAll, which parses
 * each event's JSON data and metadata, and nothing else. Events/s.
 */
export const readAllRate = (events: EventStore, batchSize = 1000): Promise<number> =>
  readRate((after, limit) => events.readAll(after, limit), batchSize);

/** What the projections' own read costs: readAllLean, which parses the data and takes two metadata fields. */
export const readAllLeanRate = (events: EventStore, batchSize = 1000): Promise<number> =>
  readRate((after, limit) => events.readAllLean(after, limit), batchSize);
