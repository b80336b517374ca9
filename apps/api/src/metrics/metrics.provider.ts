import type { Provider } from '@nestjs/common';
import { createConcordMetrics } from './concord-metrics.js';

/** DI token of the process's ConcordMetrics. */
export const METRICS = Symbol('METRICS');

export const metricsProvider: Provider = { provide: METRICS, useFactory: createConcordMetrics };
