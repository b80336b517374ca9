import type { EventStore, Position } from '@concord/event-store';
import { projectionId, type Projection } from '../projection.js';
import { activeProjectionId } from './active-projection.js';
import { toDate, type Instant } from './instant.js';
import type { ProjectionFailure, ProjectionRecord, ProjectionStatus, ReadModelStore } from './read-model-store.port.js';

/** One projection version as `GET /v1/projections` shows it. */
export type ProjectionStatusView = Readonly<{
  name: string;
  version: number;
  projectionId: string;
  status: ProjectionStatus;
  /** True for the version queries read (the highest live one of its name). */
  active: boolean;
  checkpoint: Position;
  /** Events stored after the checkpoint, counted up to LAG_EVENTS_CAP: that value means "at least so many". */
  lagEvents: number;
  /** Seconds since the first event not yet applied was recorded; 0 when caught up. */
  lagSeconds: number;
  failure: ProjectionFailure | null;
}>;

/**
 * The most events a lag is counted to. Positions need not be gap-free (EventStoreDB's are byte offsets), so a lag
 * is counted through the port rather than had by subtraction, and on EventStoreDB counting reads the events: the
 * cap bounds that, and "at least 10,000 events behind" says all an operator needs (lagSeconds says how long).
 */
export const LAG_EVENTS_CAP = 10_000;

type Lag = Pick<ProjectionStatusView, 'lagEvents' | 'lagSeconds'>;

/**
 * Every version the store knows of the given projections' names, plus any version of `projections` not prepared
 * yet (shown rebuilding at checkpoint 0), sorted by name then version.
 */
export const projectionStatuses = async (
  store: ReadModelStore,
  events: EventStore,
  projections: readonly Projection[],
  now: Instant,
): Promise<ProjectionStatusView[]> => {
  const names = new Set(projections.map((projection) => projection.name));
  const records = (await store.records()).filter((record) => names.has(record.name));
  const known = new Set(records.map((record) => record.projectionId));
  const unprepared: ProjectionRecord[] = projections
    .filter((projection) => !known.has(projectionId(projection)))
    .map((projection) => ({
      projectionId: projectionId(projection),
      name: projection.name,
      version: projection.version,
      checkpoint: 0,
      status: 'rebuilding',
      failure: null,
      updatedAt: toDate(now).toISOString(),
    }));
  const head = await events.headPosition();
  const nowMs = toDate(now).getTime();
  const lagAt = async (checkpoint: Position): Promise<Lag> => {
    if (checkpoint >= head) return { lagEvents: 0, lagSeconds: 0 };
    const [lagEvents, [next]] = await Promise.all([
      events.countEventsAfter(checkpoint, LAG_EVENTS_CAP),
      events.readAll(checkpoint, 1),
    ]);
    if (next === undefined) return { lagEvents, lagSeconds: 0 };
    return { lagEvents, lagSeconds: Math.max(0, Math.round(nowMs - Date.parse(next.metadata.recordedAt)) / 1000) };
  };
  // Versions often share a checkpoint (all caught up, or all at 0): each distinct one is asked about once.
  const lags = new Map<Position, Promise<Lag>>();
  const lagOf = (checkpoint: Position): Promise<Lag> => {
    const lag = lags.get(checkpoint) ?? lagAt(checkpoint);
    lags.set(checkpoint, lag);
    return lag;
  };
  const all = [...records, ...unprepared].sort((a, b) => (a.name === b.name ? a.version - b.version : a.name < b.name ? -1 : 1));
  return Promise.all(
    all.map(async (record) => ({
      name: record.name,
      version: record.version,
      projectionId: record.projectionId,
      status: record.status,
      active: activeProjectionId(all, record.name) === record.projectionId,
      checkpoint: record.checkpoint,
      ...(await lagOf(record.checkpoint)),
      failure: record.failure,
    })),
  );
};
