import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@concord/event-store';
import type { EventFeedParams } from '../events/event-feed.params.js';
import { readEventPage, type EventPage } from '../events/event-page.js';
import type { Audience } from '../events/published-event.js';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';

export class GetEventPageQuery extends Query<EventPage> {
  constructor(
    readonly params: EventFeedParams,
    readonly audience: Audience,
  ) {
    super();
  }
}

/** `GET /v1/events` as JSON: one page of the log, read straight from the event store. */
@QueryHandler(GetEventPageQuery)
export class GetEventPageHandler implements IQueryHandler<GetEventPageQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ params, audience }: GetEventPageQuery): Promise<EventPage> {
    return readEventPage((after, limit) => this.store.readAll(after, limit), params, audience);
  }
}
