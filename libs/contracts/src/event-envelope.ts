import type { CustomerEvent } from './customer.events.js';
import type { EventMetadata } from './event-metadata.js';

/**
 * The metadata that leaves Concord with a published event: all but `commandId`, which derives from the caller's
 * subject and Idempotency-Key and so stays inside.
 */
export type PublishedMetadata = Readonly<Omit<EventMetadata, 'commandId'>>;

/**
 * An event as other services receive it (`GET /v1/events`): its data in the current version of its type (without
 * personal data for roles that may not see it), its public metadata and its place in the log. Consumers deduplicate
 * by `eventId` and resume after `position`.
 */
export type EventEnvelope<E extends CustomerEvent = CustomerEvent> = E &
  Readonly<{
    eventId: string;
    /** `customer-<customerId>`. */
    stream: string;
    /** Place in the stream, from 0. */
    revision: number;
    /** Place in the global order; the SSE event id. */
    position: number;
    metadata: PublishedMetadata;
  }>;
