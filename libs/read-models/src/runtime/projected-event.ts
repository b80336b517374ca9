import { upcast } from '@concord/contracts';
import type { LeanEvent } from '@concord/event-store';
import type { ProjectedEvent } from '../projection.js';

/**
 * The event as projections see it: upcast to the current version of its type, so a projection handles one shape
 * whatever version was stored. Done once per event and shared by every projection of a lane.
 * @throws UnreadableEvent for a type or version this build does not know: the projection fails and reports it
 * rather than skip the event.
 */
export const toProjectedEvent = (event: LeanEvent): ProjectedEvent => {
  const { type, data } = upcast(event.type, event.schemaVersion, event.data);
  // Spelt out rather than spread: this runs for every event of a rebuild, and a literal builds the object at once.
  return {
    type,
    data,
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    recordedAt: event.recordedAt,
  } as ProjectedEvent;
};
