import { customerStream, type CustomerEventType } from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';

/** Which events a consumer asked for; an absent criterion matches every event. */
export type EventFilter = Readonly<{
  types?: ReadonlySet<CustomerEventType>;
  customerId?: string;
}>;

export const isFiltered = (filter: EventFilter): boolean =>
  filter.types !== undefined || filter.customerId !== undefined;

export const matches = (filter: EventFilter, event: StoredEvent): boolean =>
  (filter.types === undefined || filter.types.has(event.type as CustomerEventType)) &&
  (filter.customerId === undefined || event.stream === customerStream(filter.customerId));
