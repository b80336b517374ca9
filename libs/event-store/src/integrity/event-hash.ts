import { createHash } from 'node:crypto';
import type { StoredEvent } from '../event-store.port.js';
import { canonicalJson } from './canonical-json.js';

/**
 * Exactly the fields an event's hash covers. Positions are left out on purpose: EventStoreDB assigns them after the
 * write, so a hash must be computable before the event has one.
 */
export type HashedFields = Pick<StoredEvent, 'stream' | 'revision' | 'type' | 'data' | 'metadata' | 'previousHash'>;

/** HashedFields with data and metadata already in canonical JSON (as adapters store them). */
export type CanonicalHashedFields = Readonly<
  Pick<HashedFields, 'stream' | 'revision' | 'type' | 'previousHash'> & { dataJson: string; metadataJson: string }
>;

/** SHA-256 (lower-case hex) over the canonical JSON of stream, revision, type, data, metadata and previousHash. */
export const hashEvent = ({ stream, revision, type, data, metadata, previousHash }: HashedFields): string =>
  hashCanonicalEvent({
    stream,
    revision,
    type,
    previousHash,
    dataJson: canonicalJson(data),
    metadataJson: canonicalJson(metadata),
  });

/**
 * The same hash as hashEvent, for a caller that already holds the canonical forms of data and metadata: the append
 * path serialises each event once, for storage and hashing alike.
 * The envelope is written out by hand in canonical key order; a unit test pins it to canonicalJson's output.
 */
export const hashCanonicalEvent = ({
  stream,
  revision,
  type,
  previousHash,
  dataJson,
  metadataJson,
}: CanonicalHashedFields): string => {
  const envelope =
    `{"data":${dataJson},"metadata":${metadataJson},"previousHash":${canonicalJson(previousHash)},` +
    `"revision":${canonicalJson(revision)},"stream":${canonicalJson(stream)},"type":${canonicalJson(type)}}`;
  return createHash('sha256').update(envelope, 'utf8').digest('hex');
};
