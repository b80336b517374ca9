import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@concord/contracts';
import type { NewEvent } from '../event-store.port.js';

/** A stream nobody else writes to, so the suite can run against a shared, non-empty store. */
export const uniqueStream = (): string => `customer-${randomUUID()}`;

export const testMetadata = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  eventId: randomUUID(),
  commandId: randomUUID(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
  actor: { id: 'staff-1', role: 'relationship_manager' },
  occurredAt: '2026-01-05T09:00:00.000Z',
  recordedAt: '2026-01-05T09:00:01.000Z',
  schemaVersion: 1,
  ...overrides,
});

/** One event of its own command. */
export const testEvent = (
  type = 'CustomerContacted',
  data: Record<string, unknown> = { customerId: 'c-1', summary: 'called about the mortgage' },
  metadata: Partial<EventMetadata> = {},
): NewEvent => ({ type, data, metadata: testMetadata(metadata) });

/** `count` events sharing one commandId, as one command's decision produces them. */
export const testCommandEvents = (count: number, commandId: string = randomUUID()): NewEvent[] =>
  Array.from({ length: count }, (_, index) =>
    testEvent('CustomerContacted', { customerId: 'c-1', index }, { commandId }),
  );
