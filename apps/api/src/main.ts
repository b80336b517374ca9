import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { WeakJwtSecret } from '@concord/auth';
import { ConfigError, eventStoreLocation, loadConfig } from '@concord/config';
import { describeEventStoreLocation } from '@concord/event-store';
import { createApp } from './create-app.js';

/** Longest a graceful shutdown may take (in-flight requests, store flush) before the process gives up. */
const SHUTDOWN_DEADLINE_MS = 15_000;

const bootstrap = async (): Promise<void> => {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  const logger = new Logger('Concord');
  // On SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the store, exit 0.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.log(`${signal} received; shutting down.`);
      // A client holding a connection open must not keep the process alive forever.
      setTimeout(() => {
        logger.error(`Shutdown did not finish within ${SHUTDOWN_DEADLINE_MS} ms; exiting.`);
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
    });
  }
  await app.listen(config.port, config.host);
  logger.log(`Listening on ${await app.getUrl()} (OpenAPI: /docs, /docs/json)`);
  // EVENTSTORE_URL may hold a password: the description leaves credentials and options out.
  logger.log(`Event store: ${describeEventStoreLocation(eventStoreLocation(config))} (data folder ${config.dataDir})`);
  // MONGODB_URL may hold a password: only the kind of store is logged.
  const projections = config.projector === 'embedded' ? 'run in this process' : 'run by apps/projector';
  logger.log(`Read models: ${config.readStore} store; projections ${projections} (CONCORD_PROJECTOR).`);
};

bootstrap().catch((error: unknown) => {
  // Configuration errors are the operator's to fix: their message says what to set, a stack trace adds nothing.
  const operatorError = error instanceof ConfigError || error instanceof WeakJwtSecret;
  const message = operatorError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
