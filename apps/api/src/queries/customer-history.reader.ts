import { Inject, Injectable } from '@nestjs/common';
import { customerStream } from '@concord/contracts';
import type { EventStore, StoredEvent } from '@concord/event-store';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';

/** Nothing was ever recorded for this customer id: 404. */
export class CustomerNotFound extends Error {
  readonly code = 'CUSTOMER.NOT_FOUND';

  constructor(customerId: string) {
    super(`No history is recorded for customer ${customerId}; check the customer id.`);
    this.name = 'CustomerNotFound';
  }
}

/** Reads a customer's stream for the audit queries. */
@Injectable()
export class CustomerHistoryReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * The whole stream in revision order, read from the database itself: auditors must see what is stored, even a
   * rewrite that bypassed the store's safeguards, never a cached copy. CustomerNotFound when it is empty.
   */
  async read(customerId: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(customerStream(customerId), { bypassCache: true });
    if (events.length === 0) throw new CustomerNotFound(customerId);
    return events;
  }
}

/**
 * What had been recorded by `asOf` (by metadata.recordedAt, compared as instants whatever their zone). Within a
 * stream recordedAt never decreases (each append was decided after reading the one before), so this is a prefix.
 */
export const recordedBy = (events: readonly StoredEvent[], asOf: string | undefined): StoredEvent[] => {
  if (asOf === undefined) return [...events];
  const limit = Date.parse(asOf);
  return events.filter((event) => Date.parse(event.metadata.recordedAt) <= limit);
};
