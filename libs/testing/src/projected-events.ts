import { businessTimeOf, customerStream, type CustomerEvent } from '@concord/contracts';
import type { ProjectedEvent } from '@concord/read-models';

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
