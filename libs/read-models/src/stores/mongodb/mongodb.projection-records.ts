import type { Document } from 'mongodb';
import {
  PROJECTION_STATUSES,
  type ProjectionFailure,
  type ProjectionRecord,
  type ProjectionStatus,
} from '../../runtime/read-model-store.port.js';

/**
 * A ProjectionRecord as analysts see it in `projections`: `_id` is the projection id, times are BSON dates, and
 * `collections` lists the version's MongoDB collections with their date fields and indexes.
 */
export type StoredProjectionRecord = Readonly<{
  _id: string;
  name: string;
  version: number;
  checkpoint: number;
  status: ProjectionStatus;
  failure: Readonly<{ position: number; eventType: string; message: string; failedAt: Date }> | null;
  updatedAt: Date;
  collections: readonly Document[];
}>;

export const encodeFailure = (failure: ProjectionFailure | null): StoredProjectionRecord['failure'] =>
  failure === null ? null : { ...failure, failedAt: new Date(failure.failedAt) };

export const decodeRecord = (stored: StoredProjectionRecord): ProjectionRecord => {
  if (!(PROJECTION_STATUSES as readonly string[]).includes(stored.status)) {
    throw new RangeError(`projections/${stored._id}: unknown status "${String(stored.status)}"`);
  }
  const { failure } = stored;
  return {
    projectionId: stored._id,
    name: stored.name,
    version: stored.version,
    checkpoint: stored.checkpoint,
    status: stored.status,
    failure:
      failure === null
        ? null
        : {
            position: failure.position,
            eventType: failure.eventType,
            message: failure.message,
            failedAt: failure.failedAt.toISOString(),
          },
    updatedAt: stored.updatedAt.toISOString(),
  };
};
