import type { StoredEvent } from '@concord/event-store';
import type { ProjectedEvent } from '../projection.js';

/**
 * The event as projections see it. The type tag is trusted as stored: the store accepts only validated events, and
 * a projection meets only the types it `handles`. Done once per event and shared by every projection of a lane.
 */
export const toProjectedEvent = (stored: StoredEvent): ProjectedEvent => {
  const event = {
    type: stored.type,
    data: stored.data,
    stream: stored.stream,
    revision: stored.revision,
    position: stored.position,
    recordedAt: stored.metadata.recordedAt,
  };
  return event as unknown as ProjectedEvent;
};
