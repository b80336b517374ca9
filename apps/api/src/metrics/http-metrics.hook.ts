import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ConcordMetrics } from './concord-metrics.js';

/**
 * Times every answered request by its route pattern (`/v1/customers/:id`, never the concrete path, which would
 * make one series per customer) in a Fastify callback hook: cheaper than a Nest interceptor, or an async hook, on
 * the hot command path.
 */
export const recordHttpMetrics = (app: NestFastifyApplication, metrics: ConcordMetrics): void => {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.httpDuration.observe(
        { method: request.method, route, status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
};
