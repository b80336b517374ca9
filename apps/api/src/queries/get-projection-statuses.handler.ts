import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@concord/event-store';
import {
  ALL_PROJECTIONS,
  projectionStatuses,
  type ProjectionStatusView,
  type ReadModelStore,
} from '@concord/read-models';
import { Clock } from '../infrastructure/clock.js';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';
import { READ_MODEL_STORE } from '../infrastructure/read-model-store.provider.js';

export type ProjectionStatuses = Readonly<{ projections: readonly ProjectionStatusView[] }>;

export class GetProjectionStatusesQuery extends Query<ProjectionStatuses> {}

/** Every projection version the read store knows, with its lag behind the event store's head. */
@QueryHandler(GetProjectionStatusesQuery)
export class GetProjectionStatusesHandler implements IQueryHandler<GetProjectionStatusesQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<ProjectionStatuses> {
    return { projections: await projectionStatuses(this.store, this.events, ALL_PROJECTIONS, this.clock.now()) };
  }
}
