import { randomUUID } from 'node:crypto';
import { customerStream, SCHEMA_VERSIONS, type CustomerEvent } from '@concord/contracts';
import type { EventStore, NewEvent } from '@concord/event-store';

export type AppendEventsOptions = Readonly<{
  /** Appends submitted together: the store's group commit shares one transaction among them. Default 1000. */
  chunk?: number;
  /** recordedAt of every event. Default: the system clock at each chunk. */
  recordedAt?: () => string;
  /** Called after each chunk with the number of events appended so far. */
  onProgress?: (appended: number) => void;
}>;

const toNewEvent = (event: CustomerEvent, recordedAt: string): NewEvent => {
  const commandId = randomUUID();
  return {
    type: event.type,
    data: event.data,
    metadata: {
      eventId: randomUUID(),
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: { id: 'rm-1', role: 'relationship_manager' },
      occurredAt: recordedAt,
      recordedAt,
      schemaVersion: SCHEMA_VERSIONS[event.type],
    },
  };
};

/**
 * Appends the events in the order given, each as its own command on its customer's stream. Chunks are submitted
 * at once: the store keeps their order (appends commit in the order they were submitted), but commits them in few
 * transactions, so large histories are stored quickly.
 */
export const appendEvents = async (
  store: EventStore,
  events: readonly CustomerEvent[],
  options: AppendEventsOptions = {},
): Promise<void> => {
  const chunk = options.chunk ?? 1000;
  for (let start = 0; start < events.length; start += chunk) {
    const recordedAt = options.recordedAt?.() ?? new Date().toISOString();
    await Promise.all(
      events
        .slice(start, start + chunk)
        .map((event) => store.append(customerStream(event.data.customerId), [toNewEvent(event, recordedAt)], 'any')),
    );
    options.onProgress?.(Math.min(events.length, start + chunk));
  }
};
