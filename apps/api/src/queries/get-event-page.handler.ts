import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EventStorePositionUnusable, type EventStore } from '@concord/event-store';
import { RequestValidationFailed } from '../errors/request-validation.error.js';
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

  async execute({ params, audience }: GetEventPageQuery): Promise<EventPage> {
    try {
      return await readEventPage((after, limit) => this.store.readAll(after, limit), params, audience);
    } catch (error) {
      // EventStoreDB can only start reading at an event's position; SQLite accepts any number.
      if (error instanceof EventStorePositionUnusable && params.after > 0) {
        throw new RequestValidationFailed([
          { field: 'after', messages: ['after must be the position of a stored event: an event id or a nextAfter'] },
        ]);
      }
      throw error;
    }
  }
}
