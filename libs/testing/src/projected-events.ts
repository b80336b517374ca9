import { customerStream, type CustomerEvent } from '@concord/contracts';
import { assertNever } from '@concord/domain';
import type { ProjectedEvent } from '@concord/read-models';

/** The business time an event carries, which stands in for recordedAt in specs. */
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

/**
 * Events as the store would hand them to projections, in the order given: each in its customer's stream with the
 * next revision there (0, 1, 2…), and consecutive global positions from `firstPosition`.
 */
export const toProjectedEvents = (events: readonly CustomerEvent[], firstPosition = 1): ProjectedEvent[] => {
  const revisions = new Map<string, number>();
  return events.map((event, index): ProjectedEvent => {
    const stream = customerStream(event.data.customerId);
    const revision = revisions.get(stream) ?? 0;
    revisions.set(stream, revision + 1);
    return { ...event, stream, revision, position: firstPosition + index, recordedAt: businessTimeOf(event) };
  });
};
