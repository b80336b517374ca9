import type { CustomerEvent } from './customer.events.js';

/** When the event says it happened in the world (its business time; metadata.occurredAt when stored). */
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
    default: {
      const unknown: never = event;
      throw new Error(`No business time for ${JSON.stringify(unknown)}`);
    }
  }
};
