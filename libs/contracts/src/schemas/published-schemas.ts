import { allEventContracts } from './event-contracts.js';
import { EVENT_ENVELOPE_FIELDS, EVENT_METADATA_FIELDS, PUBLISHED_METADATA_FIELDS } from './event-metadata.contract.js';
import { eventDataSchema, eventSchemaId, fieldsSchema, type JsonSchema } from './json-schema.js';
import { STREAM_CLOSED_FIELDS } from './stream-closed.contract.js';

export const EVENT_METADATA_SCHEMA_ID = 'event-metadata.schema.json';
export const PUBLISHED_METADATA_SCHEMA_ID = 'published-metadata.schema.json';
export const EVENT_ENVELOPE_SCHEMA_ID = 'event-envelope.schema.json';
export const STREAM_CLOSED_SCHEMA_ID = 'stream-closed.schema.json';

const eventMetadataSchema = (): JsonSchema =>
  fieldsSchema(
    EVENT_METADATA_SCHEMA_ID,
    'Concord event metadata',
    'The metadata every stored event carries, whatever its type.',
    EVENT_METADATA_FIELDS,
  );

const publishedMetadataSchema = (): JsonSchema =>
  fieldsSchema(
    PUBLISHED_METADATA_SCHEMA_ID,
    'Concord published event metadata',
    'The metadata of an event as other services receive it: all but the command id.',
    PUBLISHED_METADATA_FIELDS,
  );

/**
 * An event as other services receive it (EventEnvelope). Exactly one known type and version must match, and its
 * data must then follow that version's schema, with or without personal data (removed for roles that may not see
 * it).
 */
const eventEnvelopeSchema = (): JsonSchema => {
  const { properties, required, ...closed } = fieldsSchema(
    EVENT_ENVELOPE_SCHEMA_ID,
    'Concord event envelope',
    'An event as Concord publishes it to other services: its data, its public metadata and its place in the log.',
    EVENT_ENVELOPE_FIELDS,
  ) as JsonSchema & { properties: JsonSchema; required: readonly string[] };
  return {
    ...closed,
    properties: {
      ...properties,
      data: { description: 'the event data, in the schema `type` and `metadata.schemaVersion` name', type: 'object' },
      metadata: { description: 'who caused the event, when, and its schema version', $ref: PUBLISHED_METADATA_SCHEMA_ID },
    },
    required: [...required, 'data', 'metadata'],
    oneOf: allEventContracts().map((contract) => ({
      type: 'object',
      properties: {
        type: { const: contract.type },
        metadata: { type: 'object', properties: { schemaVersion: { const: contract.version } } },
        data: { anyOf: [{ $ref: eventSchemaId(contract) }, { $ref: eventSchemaId(contract, 'redacted') }] },
      },
    })),
  };
};

const streamClosedSchema = (): JsonSchema =>
  fieldsSchema(
    STREAM_CLOSED_SCHEMA_ID,
    'Concord stream-closed message',
    'The data of the last message of an event stream the server ends (`event: stream-closed`): why, and where to ' +
      'resume.',
    STREAM_CLOSED_FIELDS,
  );

/**
 * Every schema Concord publishes: metadata, envelope, the event stream's closing message, and each version's data
 * with and without personal data.
 */
export const publishedSchemas = (): readonly JsonSchema[] => [
  eventMetadataSchema(),
  publishedMetadataSchema(),
  eventEnvelopeSchema(),
  streamClosedSchema(),
  ...allEventContracts().flatMap((contract) => [eventDataSchema(contract), eventDataSchema(contract, 'redacted')]),
];
