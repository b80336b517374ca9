import { createHash } from 'node:crypto';

/** Fixed for ever: changing it would give a retried command new event ids, and the server would store it twice. */
const NAMESPACE = 'concord.eventstoredb.event-id';

/**
 * The EventStoreDB event id of the `index`-th event of a command appended to `stream`: a name-based UUID (SHA-256
 * over the namespace and the length-prefixed parts, laid out as UUIDv8 as RFC 9562 §B.2 shows; v5 is the same with
 * SHA-1). A retried append therefore carries the very ids the first attempt wrote, and the server's own duplicate
 * check makes it a no-op when both were sent at the same expected revision. The stream is part of the name so that
 * no two streams ever hold events with one id, whatever the command ids.
 */
export const eventIdOf = (stream: string, commandId: string, index: number): string => {
  const hash = createHash('sha256');
  for (const part of [NAMESPACE, stream, commandId, String(index)]) hash.update(`${Buffer.byteLength(part)}:${part};`);
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
