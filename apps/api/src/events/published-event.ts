import {
  withoutPersonalData,
  type Actor,
  type EventEnvelope,
  type PublishedMetadata,
} from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import { customerEventCodec } from '../commands/customer-event.codec.js';

/**
 * An event as `GET /v1/events` delivers it, in an SSE message's data or in a JSON page: the contracts' envelope. Its
 * metadata leaves out `commandId` (derived from the caller's subject and Idempotency-Key), and the integrity fields
 * `hash`/`previousHash` stay inside too: a consumer that sees no personal data could not recompute them, and
 * auditors verify the chain through `/history/verification`.
 */
export type PublishedEvent = EventEnvelope;

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
  const metadata: PublishedMetadata = {
    eventId,
    correlationId,
    causationId,
    actor,
    occurredAt,
    recordedAt,
    schemaVersion: customerEventCodec.schemaVersion(event),
  };
  const { stream, revision, position } = stored;
  return { eventId, stream, revision, position, ...event, metadata };
};

/**
 * The feed is a bulk read of every customer, so personal data goes to admins only (acting as admin: a token that
 * also holds `service` acts as service). Services get ids, categories, times and scores; one that needs a name
 * reads it where a per-customer read is audited.
 */
export const audienceOf = (actor: Actor): Audience => ({ personalData: actor.role === 'admin' });
