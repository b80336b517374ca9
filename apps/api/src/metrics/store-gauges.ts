import { Gauge } from 'prom-client';
import type { EventStore } from '@concord/event-store';
import {
  ALL_PROJECTIONS,
  LAG_EVENTS_CAP,
  PROJECTION_STATUSES,
  projectionStatuses,
  type ProjectionStatusView,
  type ReadModelStore,
} from '@concord/read-models';
import type { ConcordMetrics } from './concord-metrics.js';

/** Long enough to cover one scrape, whose gauges are collected together; short enough never to serve the next. */
const SNAPSHOT_TTL_MS = 1_000;

/** One read of the statuses shared by the gauges of a scrape, so they agree with each other. */
const sharedSnapshot = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let taken: { at: number; value: Promise<T> } | undefined;
  return () => {
    const now = performance.now();
    if (taken === undefined || now - taken.at > SNAPSHOT_TTL_MS) taken = { at: now, value: load() };
    return taken.value;
  };
};

/**
 * Gauges read from the stores when Prometheus scrapes, so they are never stale and cost nothing between scrapes.
 * A store that fails leaves its gauges empty in that scrape instead of failing it: the other metrics still arrive,
 * and the missing series is the alert.
 */
export const registerStoreGauges = (
  metrics: ConcordMetrics,
  events: EventStore,
  readModels: ReadModelStore,
  now: () => string,
): void => {
  const registers = [metrics.registry];
  const statuses = sharedSnapshot(() => projectionStatuses(readModels, events, ALL_PROJECTIONS, now()));

  new Gauge({
    name: 'concord_event_store_head_position',
    help: 'Global position of the last stored event.',
    registers,
    async collect() {
      this.reset();
      const head = await events.headPosition().catch(() => undefined);
      if (head !== undefined) this.set(head);
    },
  });

  const perProjection = (
    name: string,
    help: string,
    value: (view: ProjectionStatusView) => number,
  ): Gauge<'projection'> =>
    new Gauge({
      name,
      help,
      labelNames: ['projection'],
      registers,
      async collect() {
        this.reset();
        const views = await statuses().catch(() => []);
        for (const view of views) this.set({ projection: view.projectionId }, value(view));
      },
    });
  perProjection('concord_projection_checkpoint', 'Position of the last event applied.', (view) => view.checkpoint);
  perProjection(
    'concord_projection_lag_events',
    `Events stored after the checkpoint, counted up to ${LAG_EVENTS_CAP} (that value means at least).`,
    (view) => view.lagEvents,
  );
  perProjection(
    'concord_projection_lag_seconds',
    'Seconds since the first event not yet applied was recorded; 0 when caught up.',
    (view) => view.lagSeconds,
  );
  new Gauge({
    name: 'concord_projection_status',
    help: '1 for the status each projection version is in, 0 for the others.',
    labelNames: ['projection', 'status'],
    registers,
    async collect() {
      this.reset();
      for (const view of await statuses().catch(() => [])) {
        for (const status of PROJECTION_STATUSES) this.set({ projection: view.projectionId, status }, view.status === status ? 1 : 0);
      }
    },
  });
};
