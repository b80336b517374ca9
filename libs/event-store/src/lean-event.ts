import type { LeanEvent, StoredEvent } from './event-store.port.js';

/** The lean view of a full event: what a store without a leaner read delivers to subscribeLean. */
export const leanEventOf = (event: StoredEvent): LeanEvent => ({
  stream: event.stream,
  revision: event.revision,
  position: event.position,
  type: event.type,
  data: event.data,
  schemaVersion: event.metadata.schemaVersion,
  recordedAt: event.metadata.recordedAt,
});
