import type { ExpectedRevision, NewEvent } from './event-store.port.js';
import { assertValidExpectedRevision } from './expected-revision.js';
import { canonicalJson } from './integrity/canonical-json.js';

/** An event serialised once, before it is queued: the same text is stored and hashed. */
export type SerialisedEvent = Readonly<{ type: string; dataJson: string; metadataJson: string }>;

/** A validated append, ready for a write transaction. */
export type AppendRequest = Readonly<{
  stream: string;
  expected: ExpectedRevision;
  /** Shared by all the events; the key of idempotency. */
  commandId: string;
  events: readonly SerialisedEvent[];
}>;

/**
 * Validates and serialises an append before it is queued, so that a malformed request fails alone and the
 * write transaction does no avoidable work.
 * @throws Error for an empty events array (an append must record something; a command that decides nothing should
 *   not call append) or for events that do not share one non-empty metadata.commandId; RangeError for an
 *   impossible expected revision; TypeError for data that has no JSON form.
 */
export const toAppendRequest = (
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): AppendRequest => {
  if (typeof stream !== 'string' || stream.length === 0) throw new Error('append needs a non-empty stream name');
  if (events.length === 0) throw new Error(`append to ${stream} needs at least one event; nothing was written`);
  assertValidExpectedRevision(expected);
  const commandId = events[0]?.metadata.commandId;
  if (typeof commandId !== 'string' || commandId.length === 0) {
    throw new Error(`append to ${stream}: metadata.commandId is required for idempotency`);
  }
  if (events.some((event) => event.metadata.commandId !== commandId)) {
    throw new Error(`append to ${stream}: all events of one append must share one metadata.commandId`);
  }
  return {
    stream,
    expected,
    commandId,
    events: events.map((event) => ({
      type: event.type,
      dataJson: canonicalJson(event.data),
      metadataJson: canonicalJson(event.metadata),
    })),
  };
};
