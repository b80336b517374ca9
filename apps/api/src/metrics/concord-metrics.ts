import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Seconds: from a fraction of a millisecond (a cached read) to the 10 s deadline of an unresponsive store. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** How an append ended, as the append latency histogram labels it. */
export type AppendOutcome = 'appended' | 'duplicate' | 'conflict' | 'failed';

/**
 * The API process's metrics in Prometheus form, on a registry of its own (not prom-client's global one, so two apps
 * in one process, as in tests, do not share counters). Gauges that are read from the stores at scrape time are
 * added by registerStoreGauges.
 */
export type ConcordMetrics = Readonly<{
  registry: Registry;
  appendDuration: Histogram<'outcome'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
}>;

export const createConcordMetrics = (): ConcordMetrics => {
  const registry = new Registry();
  // Process CPU, memory, heap, GC and event-loop delay: the usual first look when latency grows.
  collectDefaultMetrics({ register: registry, prefix: 'concord_' });
  return {
    registry,
    appendDuration: new Histogram({
      name: 'concord_event_store_append_duration_seconds',
      help: 'Appends to the event store, from the call until durable (or refused), by outcome.',
      labelNames: ['outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'concord_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status code, until the answer was sent.',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
  };
};
