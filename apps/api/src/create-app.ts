import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppOverrides } from './app.module.js';
import type { ConcordConfig } from '@concord/config';
import { nestLogLevels } from './config/nest-config.js';
import { CORRELATION_ID_HEADER, correlationIdOf } from './http/correlation-id.js';
import type { ConcordMetrics } from './metrics/concord-metrics.js';
import { recordHttpMetrics } from './metrics/http-metrics.hook.js';
import { METRICS } from './metrics/metrics.provider.js';
import { setupOpenApi } from './openapi/openapi.setup.js';

/** Largest request body accepted (413 beyond): commands are small; this bounds memory per request. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Builds and initialises the application without listening, so main.ts, tests and the benchmark share it:
 * `await (await createApp(config)).listen(port, host)`. Close it with `app.close()`, which closes the store.
 */
export const createApp = async (
  config: ConcordConfig,
  overrides: AppOverrides = {},
): Promise<NestFastifyApplication> => {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: correlationIdOf,
    // The id comes from correlationIdOf alone, which validates the caller's X-Correlation-Id before adopting it.
    requestIdHeader: false,
  });
  const logger = new ConsoleLogger({ logLevels: nestLogLevels(config.logLevel) });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, overrides), adapter, {
    logger: config.logLevel === 'silent' ? false : logger,
    abortOnError: false,
    // Nest would add a form (urlencoded) parser; the API takes JSON only, with Fastify's own parser.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Fastify's default text/plain parser would hand validation a string; any type but JSON is refused instead.
  fastify.removeContentTypeParser('text/plain');
  // Callback hooks: an async one costs every request a promise and a turn of the microtask queue.
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(CORRELATION_ID_HEADER, request.id);
    done();
  });
  recordHttpMetrics(app, app.get<symbol, ConcordMetrics>(METRICS));
  setupOpenApi(app);
  await app.init();
  return app;
};
