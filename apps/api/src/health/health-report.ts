import type { ProjectionRecord } from '@concord/read-models';

/** What one dependency answered to a health probe: its result, or why it did not (an error or the deadline). */
export type Probe<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; reason: string }>;

export type ProjectionCounts = Readonly<Record<ProjectionRecord['status'], number>>;

export type HealthReport = Readonly<{
  /** unavailable (503): commands cannot be stored. degraded (200): commands work, some read models do not. */
  status: 'ok' | 'degraded' | 'unavailable';
  eventStore: Readonly<{ status: 'up' | 'down'; headPosition?: number }>;
  /** Counts only: which projection failed, and why, is for GET /v1/projections (authenticated). */
  readStore: Readonly<{ status: 'up' | 'down'; projections?: ProjectionCounts }>;
}>;

const countByStatus = (records: readonly ProjectionRecord[]): ProjectionCounts => {
  const counts = { rebuilding: 0, live: 0, failed: 0, stopped: 0 };
  for (const record of records) counts[record.status] += 1;
  return counts;
};

/**
 * The report from the probes of the two stores. The event store decides availability, since without it nothing
 * can be recorded; a read store that does not answer, or a failed projection, degrades the service without
 * stopping it (commands, audits and the event feed still work).
 */
export const healthReport = (
  head: Probe<number>,
  records: Probe<readonly ProjectionRecord[]>,
): HealthReport => {
  const eventStore = head.ok ? ({ status: 'up', headPosition: head.value } as const) : ({ status: 'down' } as const);
  const readStore = records.ok
    ? ({ status: 'up', projections: countByStatus(records.value) } as const)
    : ({ status: 'down' } as const);
  const degraded = !records.ok || readStore.projections?.failed !== 0;
  const status = !head.ok ? 'unavailable' : degraded ? 'degraded' : 'ok';
  return { status, eventStore, readStore };
};
