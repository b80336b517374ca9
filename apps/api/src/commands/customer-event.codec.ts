import {
  businessTimeOf,
  CUSTOMER_EVENT_TYPES,
  SCHEMA_VERSIONS,
  type CustomerEvent,
  type CustomerEventType,
} from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import type { EventCodec } from './handle-command.js';

const isCustomerEventType = (type: string): type is CustomerEventType =>
  (CUSTOMER_EVENT_TYPES as readonly string[]).includes(type);

/** Every customer event type is at schema version 1, so decoding is a type check; upcasters would go here. */
const decode = (stored: StoredEvent): CustomerEvent => {
  if (!isCustomerEventType(stored.type)) {
    throw new Error(`${stored.stream}@${stored.revision} holds an unknown event type ${stored.type}.`);
  }
  return { type: stored.type, data: stored.data } as CustomerEvent;
};

export const customerEventCodec: EventCodec<CustomerEvent> = {
  decode,
  occurredAt: businessTimeOf,
  schemaVersion: (event) => SCHEMA_VERSIONS[event.type],
};
