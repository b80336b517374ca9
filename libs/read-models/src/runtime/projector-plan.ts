import { projectionId, type Projection } from '../projection.js';
import type { ProjectionRecord } from './read-model-store.port.js';

export type ProjectorPlan = Readonly<{
  /** The versions to run. */
  run: readonly Projection[];
  /** Versions superseded by a live newer one: dropped before anything runs (a crash can land between the two). */
  drop: readonly string[];
  /** Things an operator should know, such as a newer live version this projector does not run (a rolled-back deploy). */
  warnings: readonly string[];
}>;

/**
 * Which versions run. Of each name, every version in `projections` runs unless a newer one in `projections` is
 * live already; versions older than the newest live one in `projections` are dropped. Listing an old version beside
 * its successor keeps the old one current while the new one rebuilds.
 */
export const planProjector = (projections: readonly Projection[], records: readonly ProjectionRecord[]): ProjectorPlan => {
  const statusOf = (id: string) => records.find((record) => record.projectionId === id)?.status;
  const newestLive = new Map<string, number>();
  for (const projection of projections) {
    if (statusOf(projectionId(projection)) !== 'live') continue;
    newestLive.set(projection.name, Math.max(newestLive.get(projection.name) ?? 0, projection.version));
  }
  const superseded = (name: string, version: number): boolean => version < (newestLive.get(name) ?? 0);
  const listed = new Set(projections.map(projectionId));
  const warnings = records
    .filter((record) => record.status === 'live' && !listed.has(record.projectionId))
    .filter((record) => projections.some((p) => p.name === record.name && p.version < record.version))
    .map(
      (record) =>
        `${record.projectionId} is live in the read-model store but not run by this projector: queries read it ` +
        'while it falls behind. Run that version, or drop it, to serve the one this projector runs.',
    );
  return {
    run: projections.filter((projection) => !superseded(projection.name, projection.version)),
    drop: records.filter((record) => superseded(record.name, record.version)).map((record) => record.projectionId),
    warnings,
  };
};

/** @throws Error when two projections share an id: their documents and checkpoints would collide. */
export const assertDistinctIds = (projections: readonly Projection[]): void => {
  const seen = new Set<string>();
  for (const projection of projections) {
    const id = projectionId(projection);
    if (seen.has(id)) throw new Error(`Two projections have the id ${id}: give each version its own number.`);
    seen.add(id);
  }
};
