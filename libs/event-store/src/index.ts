export * from './event-store.port.js';
export * from './event-store.errors.js';
export { leanEventOf } from './lean-event.js';
export { EventStoreClosed } from './event-store-closed.error.js';
export { EventStoreWriterFailed } from './event-store-writer-failed.error.js';
export { canonicalJson } from './integrity/canonical-json.js';
export { hashEvent, type HashedFields } from './integrity/event-hash.js';
export { verifyChain, type ChainVerification } from './integrity/verify-chain.js';
export {
  createSqliteEventStore,
  type SqliteEventStoreOptions,
  type FlushReport,
} from './sqlite.event-store.js';
export type { StreamCacheLimits } from './stream-cache.js';
export {
  createEventStoreDbEventStore,
  type EventStoreDbEventStoreOptions,
} from './eventstoredb/eventstoredb.event-store.js';
export type { EventStoreDbClient } from './eventstoredb/eventstoredb.client.js';
export type { BackoffOptions } from './eventstoredb/backoff.js';
export {
  EventStoreAccessDenied,
  EventStorePositionUnusable,
  EventStoreUnavailable,
  UnreadableStoredEvent,
} from './eventstoredb/eventstoredb.errors.js';
export {
  describeEventStoreLocation,
  openEventStore,
  type EventStoreLocation,
  type OpenEventStoreOptions,
} from './open-event-store.js';
export { createKeyedLock, type KeyedLock } from './keyed-lock.js';
