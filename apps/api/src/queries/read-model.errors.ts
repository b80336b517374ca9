/** No version of a read model has caught up yet (a first start, or a new deployment building it): 503. */
export class ReadModelNotReady extends Error {
  readonly code = 'READ_MODEL.NOT_READY';

  constructor(readonly projection: string) {
    super(`The ${projection} read model is being built from the event log and is not ready yet; retry shortly.`);
    this.name = 'ReadModelNotReady';
  }
}

/**
 * The read model's projection stopped on an event it could not apply, and no other version of it is live: 503
 * without Retry-After, since retrying does not help until operators fix and restart the projector. Not served
 * stale: a complaint worklist frozen at the failure would hide new complaints and their deadlines.
 */
export class ReadModelFailed extends Error {
  readonly code = 'READ_MODEL.FAILED';

  constructor(
    readonly projection: string,
    readonly failure: Readonly<{ position: number; eventType: string; failedAt: string }>,
  ) {
    super(
      `The ${projection} read model stopped at position ${failure.position} on a ${failure.eventType} event it could ` +
        'not apply; it is unavailable until the projector is fixed and restarted (GET /v1/projections shows the error).',
    );
    this.name = 'ReadModelFailed';
  }
}

/**
 * The caller asked to read its own write (`minPosition`), and the read model had not applied it within the
 * bounded wait: 503 with the position it has reached, so the client can retry rather than read stale data.
 */
export class ReadModelBehind extends Error {
  readonly code = 'READ_MODEL.BEHIND';

  constructor(
    readonly minPosition: number,
    /** The lowest checkpoint among the read models the query needs. */
    readonly position: number,
  ) {
    super(
      `The read model has applied events up to position ${position}, not yet ${minPosition}; retry shortly ` +
        '(the projector may be stopped or busy: GET /v1/projections shows its lag).',
    );
    this.name = 'ReadModelBehind';
  }
}
