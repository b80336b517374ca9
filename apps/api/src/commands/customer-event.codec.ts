import { CUSTOMER_EVENT_TYPES, SCHEMA_VERSIONS, type CustomerEvent, type CustomerEventType } from '@concord/contracts';
import { assertNever } from '@concord/domain';
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

/** The time each event says it happened at (metadata.occurredAt). */
export const businessTimeOf = (event: CustomerEvent): string => {
  switch (event.type) {
    case 'CustomerRegistered':
      return event.data.registeredAt;
    case 'CustomerContacted':
      return event.data.occurredAt;
    case 'CustomerClassified':
      return event.data.classifiedAt;
    case 'CustomerComplained':
      return event.data.receivedAt;
    case 'ComplaintDeadlineExtended':
      return event.data.extendedAt;
    case 'ComplaintResolved':
      return event.data.resolvedAt;
    case 'CustomerSurveyed':
      return event.data.respondedAt;
    case 'RelationshipEnded':
      return event.data.endedAt;
    case 'RelationshipResumed':
      return event.data.resumedAt;
    default:
      return assertNever(event);
  }
};

export const customerEventCodec: EventCodec<CustomerEvent> = {
  decode,
  occurredAt: businessTimeOf,
  schemaVersion: (event) => SCHEMA_VERSIONS[event.type],
};
