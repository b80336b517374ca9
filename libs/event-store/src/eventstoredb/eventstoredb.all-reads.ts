import {
  FORWARDS,
  type AllStreamRecordedEvent,
  type Position as LogPosition,
  type ReadPosition,
} from '@eventstore/db-client';
import type { Position, StoredEvent } from '../event-store.port.js';
import { collect } from './eventstoredb.calls.js';
import type { EventStoreDbClient } from './eventstoredb.client.js';
import { recordedEventOf, toStoredEvent } from './eventstoredb.codec.js';
import { isConcordEvent } from './eventstoredb.filter.js';
import { compareLogPositions, toReadPosition } from './eventstoredb.position.js';

/**
 * Records asked for per page. `$all` interleaves Concord's events with EventStoreDB's own (statistics, the system
 * projections' links), which this client cannot filter out on the server, so a page asks for at least 64 records;
 * at most 1000 keeps one page's memory and time bounded.
 */
const pageSizeFor = (wanted: number): number => Math.min(Math.max(wanted, 64), 1000);

const assertCount = (name: string, value: number): void => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
};

/**
 * Hands Concord's events after `after` to `visit`, in `$all` order and page by page, until `visit` returns false or
 * `$all` ends. `wanted` sizes the pages.
 */
const forEachConcordEventAfter = async (
  client: EventStoreDbClient,
  deadlineMs: number,
  after: Position,
  wanted: number,
  visit: (event: AllStreamRecordedEvent) => boolean,
): Promise<void> => {
  const pageSize = pageSizeFor(wanted);
  let from: ReadPosition = toReadPosition(after);
  // A read from a position includes the record there: first `after` itself, then each page's last record.
  let seen: LogPosition | undefined = typeof from === 'string' ? undefined : from;
  for (;;) {
    const fromPosition = from;
    const page = await collect('read $all', deadlineMs, () =>
      client.readAll({
        fromPosition,
        maxCount: pageSize,
        direction: FORWARDS,
        resolveLinkTos: false,
        deadline: deadlineMs,
      }),
    );
    for (const item of page) {
      const event = recordedEventOf(item.event, '$all');
      if (seen !== undefined && compareLogPositions(event.position, seen) <= 0) continue;
      if (isConcordEvent(event) && !visit(event)) return;
    }
    const last = page.at(-1)?.event;
    if (page.length < pageSize || last === undefined) return;
    from = last.position;
    seen = last.position;
  }
};

/** The port's readAll: up to `limit` of Concord's events after `after`, in global order. */
export const readAllEvents = async (
  client: EventStoreDbClient,
  deadlineMs: number,
  after: Position,
  limit: number,
): Promise<StoredEvent[]> => {
  assertCount('limit', limit);
  const events: StoredEvent[] = [];
  if (limit === 0) return events;
  await forEachConcordEventAfter(client, deadlineMs, after, limit, (event) => {
    events.push(toStoredEvent(event));
    return events.length < limit;
  });
  return events;
};

/**
 * The port's countEventsAfter. EventStoreDB keeps no count of a filtered `$all`, so this reads the events (without
 * decoding them) up to the cap: the cap is what bounds the cost.
 */
export const countEventsAfter = async (
  client: EventStoreDbClient,
  deadlineMs: number,
  after: Position,
  cap: number,
): Promise<number> => {
  assertCount('cap', cap);
  let count = 0;
  if (cap === 0) return count;
  await forEachConcordEventAfter(client, deadlineMs, after, cap, () => {
    count += 1;
    return count < cap;
  });
  return count;
};
