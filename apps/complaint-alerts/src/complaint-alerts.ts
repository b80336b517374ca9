import { join } from 'node:path';
import type { CustomerEventType } from '@concord/contracts';
import { subscribe, type Checkpoint } from '@concord/subscriber';
import { deadlineAlerts, stillRelevant } from './alert.rules.js';
import type { AlertSink } from './alert.sinks.js';
import type { AlertsConfig } from './alerts.config.js';
import { loadAlertsState, saveAlertsState } from './alerts-state.file.js';
import { applyEvent, discard, markSent, raise, type AlertsState } from './alerts.state.js';
import type { Log } from './log.js';
import { tokenReader } from './token-source.js';

export const STATE_FILE = 'complaint-alerts.state.json';

/** Only what the rules read: the server filters the rest out. */
const TYPES: readonly CustomerEventType[] = ['CustomerComplained', 'ComplaintDeadlineExtended', 'ComplaintResolved'];

export type ComplaintAlertsOptions = Readonly<{
  config: AlertsConfig;
  sink: AlertSink;
  log: Log;
  now: () => Date;
  /** Aborting stops the service: the subscription ends, the timer stops, the last check finishes. */
  signal: AbortSignal;
}>;

export type ComplaintAlerts = Readonly<{
  /** Settles when the service stops: resolves on abort, rejects with what stopped the subscription. */
  done: Promise<void>;
  /** Queues deadline alerts, sends what is queued and saves the state; the timer calls it too. */
  check(): Promise<void>;
  state(): AlertsState;
}>;

/**
 * Follows complaints through the event feed and alerts on severe ones and on deadlines near or past. Events only
 * change the state (which makes handling them cheap and never failing); a check, every `checkIntervalMs`, raises
 * deadline alerts and delivers what is queued. The state is saved with the checkpoint, in one file.
 */
export const startComplaintAlerts = async ({
  config,
  sink,
  log,
  now,
  signal,
}: ComplaintAlertsOptions): Promise<ComplaintAlerts> => {
  const path = join(config.dataDir, STATE_FILE);
  let state = await loadAlertsState(path);
  let saving: Promise<void> = Promise.resolve();
  /** Saves run one after another, each writing the state as it is when its turn comes. */
  const save = (): Promise<void> => {
    saving = saving.catch(() => undefined).then(() => saveAlertsState(path, state));
    return saving;
  };
  const checkpoint: Checkpoint = {
    load: async () => state.position,
    save: async (position) => {
      state = { ...state, position };
      await save();
    },
  };

  const deliver = async (): Promise<void> => {
    state = raise(state, deadlineAlerts(state.open, now(), config.deadlineHours));
    for (const alert of state.pending) {
      if (!stillRelevant(alert, state.open)) {
        state = discard(state, alert);
        continue;
      }
      try {
        await sink(alert);
        state = markSent(state, alert);
        log('info', 'alert sent', { alertId: alert.alertId });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log('warn', 'alert not sent; retrying at the next check', { alertId: alert.alertId, reason });
        break;
      }
    }
    await save();
  };
  let checking: Promise<void> | undefined;
  const check = (): Promise<void> =>
    (checking ??= deliver().finally(() => {
      checking = undefined;
    }));

  const timer = setInterval(() => {
    check().catch((error: unknown) => log('error', 'check failed', { reason: String(error) }));
  }, config.checkIntervalMs);
  const done = subscribe({
    url: config.apiUrl,
    token: tokenReader(config.token),
    types: TYPES,
    checkpoint,
    signal,
    onEvent: (event) => {
      state = applyEvent(state, event, now());
    },
    onNotice: (notice) =>
      notice.kind === 'disconnected'
        ? log('warn', 'disconnected from Concord', { reason: notice.error.message, retryInMs: notice.retryInMs })
        : log('info', notice.kind, notice.kind === 'connected' ? { after: notice.after } : { reason: notice.reason }),
  }).finally(async () => {
    clearInterval(timer);
    await checking;
    await saving;
  });
  log('info', 'following complaints', { after: state.position, open: Object.keys(state.open).length });
  return { done, check, state: () => state };
};
