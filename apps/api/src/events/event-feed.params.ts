import type { CustomerEventType } from '@concord/contracts';
import { EVENT_PAGE_LIMITS, type EventFeedQuery } from '../dto/event-feed.dto.js';
import { RequestValidationFailed } from '../errors/request-validation.error.js';
import type { EventFilter } from './event-filter.js';

export const LAST_EVENT_ID_HEADER = 'Last-Event-ID';

export type EventFeedParams = Readonly<{
  /** Deliver events with a greater global position. */
  after: number;
  /** JSON pages only. */
  limit: number;
  filter: EventFilter;
}>;

const POSITION = /^\d{1,15}$/;

/**
 * The validated query (see EventFeedQuery) and the Last-Event-ID header as the feed's parameters. A reconnecting
 * EventSource repeats the URL it was opened with and adds Last-Event-ID, so the header wins over `?after=`.
 * @throws RequestValidationFailed when Last-Event-ID is not one position.
 */
export const eventFeedParams = (query: EventFeedQuery, lastEventId: string | string[] | undefined): EventFeedParams => {
  if (lastEventId !== undefined && (typeof lastEventId !== 'string' || !POSITION.test(lastEventId))) {
    throw new RequestValidationFailed([
      {
        field: LAST_EVENT_ID_HEADER,
        messages: [`${LAST_EVENT_ID_HEADER} must be one header holding the position (id) of the last event handled`],
      },
    ]);
  }
  const types = query.types?.split(',').map((type) => type.trim() as CustomerEventType);
  return {
    after: Number(lastEventId ?? query.after ?? 0),
    limit: query.limit === undefined ? EVENT_PAGE_LIMITS.defaultLimit : Number(query.limit),
    filter: {
      ...(types === undefined ? {} : { types: new Set(types) }),
      ...(query.customerId === undefined ? {} : { customerId: query.customerId }),
    },
  };
};
