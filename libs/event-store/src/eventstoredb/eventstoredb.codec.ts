import { jsonEvent, type JSONEventData, type RecordedEvent } from '@eventstore/db-client';
import type { EventMetadata } from '@concord/contracts';
import type { StoredEvent } from '../event-store.port.js';
import { UnreadableStoredEvent } from './eventstoredb.errors.js';
import { toPosition } from './eventstoredb.position.js';
import { toStreamRevision } from './eventstoredb.revision.js';

/** An event of an append, serialised once and hashed, ready to be sent. */
export type PreparedEvent = Readonly<{
  /** EventStoreDB's event id (eventIdOf), not metadata.eventId. */
  id: string;
  type: string;
  /** Canonical JSON: what is hashed is what is stored. */
  dataJson: string;
  metadataJson: string;
  hash: string;
  previousHash: string | null;
}>;

/**
 * The stored form: data as JSON, and as metadata our EventMetadata plus `hash` and `previousHash`, so the chain can
 * be verified from EventStoreDB alone. Data and metadata are the parsed canonical JSON, whose key order the client's
 * JSON.stringify keeps.
 */
export const toEventData = (event: PreparedEvent): JSONEventData =>
  jsonEvent({
    id: event.id,
    type: event.type,
    data: JSON.parse(event.dataJson) as Record<string, unknown>,
    metadata: {
      ...(JSON.parse(event.metadataJson) as Record<string, unknown>),
      hash: event.hash,
      previousHash: event.previousHash,
    },
  });

/**
 * The event of a read's item. Without link resolution (the adapter never asks for it) every item carries its event;
 * one without would be a change in the client, and is not skipped silently.
 */
export const recordedEventOf = <E>(event: E | undefined, source: string): E => {
  if (event === undefined) throw new Error(`EventStoreDB returned an item without its event (reading ${source})`);
  return event;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const HASH = /^[0-9a-f]{64}$/;

/**
 * A recorded event as Concord's StoredEvent: the integrity fields taken out of the metadata again, the position
 * checked (toPosition).
 * @throws UnreadableStoredEvent for an event Concord did not write; EventStorePositionUnusable (see toPosition).
 */
export const toStoredEvent = (event: RecordedEvent): StoredEvent => {
  const unreadable = (problem: string) => new UnreadableStoredEvent(event.streamId, event.revision, problem);
  if (!event.isJson || !isRecord(event.data)) throw unreadable('its data is not a JSON object');
  if (!isRecord(event.metadata)) throw unreadable('its metadata is not a JSON object');
  const { hash, previousHash, ...metadata } = event.metadata;
  if (typeof hash !== 'string' || !HASH.test(hash) || !(previousHash === null || typeof previousHash === 'string')) {
    throw unreadable('its metadata lacks the hash and previousHash Concord writes');
  }
  if (typeof metadata['commandId'] !== 'string') throw unreadable('its metadata has no commandId');
  return {
    stream: event.streamId,
    revision: toStreamRevision(event.revision),
    position: toPosition(event.position, `event ${String(event.revision)} of ${event.streamId}`),
    type: event.type,
    data: event.data,
    metadata: metadata as EventMetadata,
    hash,
    previousHash,
  };
};
