export * from './vocabulary.js';
export * from './event-metadata.js';
export * from './customer.events.js';
export * from './event-envelope.js';
export * from './personal-data.js';
export * from './streams.js';
export * from './stream-closed.js';
export * from './business-time.js';
export { upcast, isCustomerEventType, UnreadableEvent } from './upcasting/upcast.js';
export type { CustomerContactedV1Data } from './upcasting/customer-contacted.v1.js';
export type { EventContract } from './schemas/event-contract.js';
export { EVENT_CONTRACTS, allEventContracts, currentEventContract } from './schemas/event-contracts.js';
export { eventSchemaId, PERSONAL_DATA_KEYWORD, type JsonSchema, type SchemaVariant } from './schemas/json-schema.js';
export {
  EVENT_ENVELOPE_SCHEMA_ID,
  EVENT_METADATA_SCHEMA_ID,
  PUBLISHED_METADATA_SCHEMA_ID,
  STREAM_CLOSED_SCHEMA_ID,
  publishedSchemas,
} from './schemas/published-schemas.js';
