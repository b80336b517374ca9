import type { ProjectionFailure } from './read-model-store.port.js';

/** A rebuild stopped at an event its projection could not apply; the version is left `failed` at that point. */
export class ProjectionFailed extends Error {
  readonly code = 'READ_MODEL.PROJECTION_FAILED';

  constructor(
    readonly projectionId: string,
    readonly failure: ProjectionFailure,
  ) {
    super(`${projectionId} failed at position ${failure.position} (${failure.eventType}): ${failure.message}`);
    this.name = 'ProjectionFailed';
  }
}
