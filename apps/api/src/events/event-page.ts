import type { Position, StoredEvent } from '@concord/event-store';
import { EVENT_PAGE_LIMITS } from '../dto/event-feed.dto.js';
import { isFiltered, matches } from './event-filter.js';
import type { EventFeedParams } from './event-feed.params.js';
import { toPublishedEvent, type Audience, type PublishedEvent } from './published-event.js';

export type EventPage = Readonly<{ events: readonly PublishedEvent[]; nextAfter: Position }>;

/**
 * Most events one page request reads from the log. A sparse filter may match nothing in it: the page is then empty
 * but `nextAfter` has moved on, so paging always terminates and a request's cost stays bounded.
 */
export const PAGE_SCAN_BUDGET = 10 * EVENT_PAGE_LIMITS.maxLimit;

/**
 * Up to `limit` matching events after `after`, in global order. `nextAfter` is the position of the last event
 * looked at (returned or skipped by the filter), or `after` itself when the log has nothing newer.
 */
export const readEventPage = async (
  readAll: (after: Position, limit: number) => Promise<readonly StoredEvent[]>,
  { after, limit, filter }: EventFeedParams,
  audience: Audience,
): Promise<EventPage> => {
  const chunkSize = isFiltered(filter) ? EVENT_PAGE_LIMITS.maxLimit : limit;
  const events: PublishedEvent[] = [];
  let nextAfter = after;
  let scanned = 0;
  while (events.length < limit && scanned < PAGE_SCAN_BUDGET) {
    const chunk = await readAll(nextAfter, chunkSize);
    for (const event of chunk) {
      nextAfter = event.position;
      scanned += 1;
      if (matches(filter, event)) events.push(toPublishedEvent(event, audience));
      if (events.length === limit) break;
    }
    if (chunk.length < chunkSize) break;
  }
  return { events, nextAfter };
};
