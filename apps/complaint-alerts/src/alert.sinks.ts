import type { Alert } from './alert.rules.js';
import type { Log } from './log.js';

/** Delivers one alert; rejects when it could not, so the alert stays queued for the next check. */
export type AlertSink = (alert: Alert) => Promise<void>;

/** Longest a webhook call may take before it counts as failed. */
const WEBHOOK_TIMEOUT_MS = 10_000;

/** POSTs the alert as JSON; any 2xx is success. The alert id goes as Idempotency-Key so receivers can dedupe. */
export const webhookSink =
  (url: string): AlertSink =>
  async (alert) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': alert.alertId },
      body: JSON.stringify(alert),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`the webhook answered ${response.status}`);
  };

/** Without a webhook, alerts are log lines. */
export const logSink =
  (log: Log): AlertSink =>
  async (alert) => {
    log('warn', 'complaint alert', { alert });
  };
