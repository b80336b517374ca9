import { withoutPersonalData, type Actor, type CustomerEventType, type EventMetadata } from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import { customerEventCodec } from '../commands/customer-event.codec.js';

/**
 * The metadata that leaves Concord. `commandId` stays inside (it derives from the caller's subject and
 * Idempotency-Key), and so do `hash`/`previousHash`: a consumer that sees no personal data could not recompute them,
 * and auditors verify the chain through `/history/verification`.
 */
export type PublishedMetadata = Readonly<
  Pick<EventMetadata, 'eventId' | 'correlationId' | 'causationId' | 'occurredAt' | 'recordedAt' | 'schemaVersion'> & {
    actor: Actor;
  }
>;

/** An event as `GET /v1/events` delivers it, in an SSE message's data or in a JSON page. */
export type PublishedEvent = Readonly<{
  /** Consumers dedupe by it: delivery is at-least-once. */
  eventId: string;
  stream: string;
  revision: number;
  position: number;
  type: CustomerEventType;
  data: Readonly<Record<string, unknown>>;
  metadata: PublishedMetadata;
}>;

/** Who receives the events: only some callers may see the fields marked as personal data. */
export type Audience = Readonly<{ personalData: boolean }>;

/**
 * The one place a stored event becomes a published one. It decodes through the customer event codec (so an
 * upcaster reading an old version as the current one applies here too), removes the personal-data fields unless the
 * audience may see them, and states the schema version of the shape it publishes.
 * @throws Error for an event type outside the contracts: its fields cannot be classified, so it never leaves.
 */
export const toPublishedEvent = (stored: StoredEvent, audience: Audience): PublishedEvent => {
  const decoded = customerEventCodec.decode(stored);
  const event = audience.personalData ? decoded : withoutPersonalData(decoded);
  const { eventId, correlationId, causationId, actor, occurredAt, recordedAt } = stored.metadata;
  return {
    eventId,
    stream: stored.stream,
    revision: stored.revision,
    position: stored.position,
    type: event.type,
    data: event.data,
    metadata: {
      eventId,
      correlationId,
      causationId,
      actor,
      occurredAt,
      recordedAt,
      schemaVersion: customerEventCodec.schemaVersion(event),
    },
  };
};

/**
 * The feed is a bulk read of every customer, so personal data goes to admins only (acting as admin: a token that
 * also holds `service` acts as service). Services get ids, categories, times and scores; one that needs a name
 * reads it where a per-customer read is audited.
 */
export const audienceOf = (actor: Actor): Audience => ({ personalData: actor.role === 'admin' });
