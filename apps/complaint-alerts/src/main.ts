import { SubscriberAuthError, SubscriberRequestError } from '@concord/subscriber';
import { logSink, webhookSink } from './alert.sinks.js';
import { AlertsConfigError, loadAlertsConfig } from './alerts.config.js';
import { UnreadableState } from './alerts-state.file.js';
import { startComplaintAlerts } from './complaint-alerts.js';
import { jsonLog } from './log.js';

/** Errors an operator fixes from their message alone: no stack trace. */
const OPERATOR_ERRORS = [AlertsConfigError, UnreadableState, SubscriberAuthError, SubscriberRequestError];

const main = async (): Promise<void> => {
  const config = loadAlertsConfig(process.env);
  const stop = new AbortController();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());
  const service = await startComplaintAlerts({
    config,
    sink: config.webhookUrl === undefined ? logSink(jsonLog) : webhookSink(config.webhookUrl),
    log: jsonLog,
    now: () => new Date(),
    signal: stop.signal,
  });
  await service.done;
  jsonLog('info', 'stopped');
};

main().catch((error: unknown) => {
  const known = OPERATOR_ERRORS.some((type) => error instanceof type);
  const message = known ? (error as Error).message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
