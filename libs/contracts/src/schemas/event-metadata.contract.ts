import { CUSTOMER_EVENT_TYPES } from '../customer.events.js';
import { ROLES } from '../vocabulary.js';
import { id, integer, object, oneOf, time } from './field.js';

/** The metadata every stored event carries (EventMetadata). */
export const EVENT_METADATA_FIELDS = {
  eventId: id('unique id of the event; consumers deduplicate by it'),
  commandId: id(
    'the command that produced it; a retried command with the same id (from the `Idempotency-Key` header) appends nothing',
  ),
  correlationId: id('shared by everything one request caused (`X-Correlation-Id`)'),
  causationId: id("what directly caused the event: the command's id"),
  actor: object(
    { id: id("the token's subject"), role: oneOf(ROLES, 'the role it acted in') },
    'who caused the event',
  ),
  occurredAt: time('business time: when it happened in the world (may lie in the past for imported history)'),
  recordedAt: time('system time when Concord stored it; `asOf` queries filter on it'),
  schemaVersion: integer("version of the event's data shape", { minimum: 1 }),
} as const;

const { commandId: _internal, ...published } = EVENT_METADATA_FIELDS;

/** The metadata of a published event (PublishedMetadata): the command id stays inside Concord. */
export const PUBLISHED_METADATA_FIELDS = published;

/** The envelope of a published event (EventEnvelope) besides its `data` and `metadata`. */
export const EVENT_ENVELOPE_FIELDS = {
  eventId: id('unique id of the event; delivery is at-least-once, so consumers deduplicate by it'),
  stream: id('the stream: `customer-<customerId>`'),
  revision: integer('place in the stream, from 0', { minimum: 0 }),
  position: integer('place in the global order, from 1: the SSE event id, and where a consumer resumes', {
    minimum: 1,
  }),
  type: oneOf(CUSTOMER_EVENT_TYPES, 'the event type; with `metadata.schemaVersion` it names the schema of `data`'),
} as const;
