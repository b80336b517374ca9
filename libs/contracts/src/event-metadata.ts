import type { Role } from './vocabulary.js';

/** Who caused an event: the authenticated subject and the role it acted in. */
export type Actor = Readonly<{ id: string; role: Role }>;

/**
 * Metadata carried by every stored event.
 * Business time (`occurredAt`) may lie in the past, so history can be imported;
 * `recordedAt` is always the system clock at append.
 */
export type EventMetadata = Readonly<{
  eventId: string;
  /** The command that produced the event; a retried command with the same id appends nothing. */
  commandId: string;
  /** Shared by every event caused, directly or not, by one request. */
  correlationId: string;
  /** The id of the command or event that directly caused this one. */
  causationId: string;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  schemaVersion: number;
}>;
