import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logSink, webhookSink, type AlertSink } from './alert.sinks.js';
import type { AlertsConfig } from './alerts.config.js';
import { startComplaintAlerts, STATE_FILE, type ComplaintAlerts } from './complaint-alerts.js';
import type { Log } from './log.js';
import { complained, extended, resolved } from './testing/complaint-events.js';
import { startFakeConcord, startFakeWebhook } from './testing/fake-servers.js';

const now = new Date('2026-03-10T12:00:00.000Z');
const inHours = (hours: number): string => new Date(now.getTime() + hours * 3_600_000).toISOString();

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('complaint-alerts against a fake Concord and a fake webhook', () => {
  let dataDir: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'complaint-alerts-'));
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Starts the service; the timer is an hour, so checks happen when the test calls them. */
  const start = async (apiUrl: string, sink: AlertSink, logs: unknown[][] = []) => {
    const stop = new AbortController();
    const config: AlertsConfig = { apiUrl, token: { kind: 'value', value: 't' }, dataDir, deadlineHours: 48, checkIntervalMs: 3_600_000 };
    const log: Log = (...entry) => logs.push(entry);
    const service = await startComplaintAlerts({ config, sink, log, now: () => now, signal: stop.signal });
    const halt = async () => {
      stop.abort();
      await service.done;
    };
    cleanups.push(halt);
    return { service, halt };
  };

  const caughtUp = (service: ComplaintAlerts, position: number) => until(() => service.state().position === position);

  it('given severe, near and resolved complaints, then each due alert is posted once, also across a restart', async () => {
    const concord = await startFakeConcord([
      complained(1, 'k-1', 'critical', inHours(240)),
      complained(2, 'k-2', 'low', inHours(12)),
      complained(3, 'k-3', 'medium', inHours(20)),
      resolved(4, 'k-3'),
      complained(5, 'k-4', 'high', inHours(30)),
      extended(6, 'k-4', inHours(700)),
    ]);
    const webhook = await startFakeWebhook();
    cleanups.push(concord.close, webhook.close);
    const first = await start(concord.url, webhookSink(webhook.url));
    await caughtUp(first.service, 6);
    await first.service.check();
    await first.service.check();
    expect(webhook.received.map(({ idempotencyKey }) => idempotencyKey).sort()).toEqual([
      `deadline-near:c-1/k-2:${inHours(12)}`,
      'severe-complaint:c-1/k-1',
      'severe-complaint:c-1/k-4',
    ]);
    expect(webhook.received.find(({ body }) => body['complaintId'] === 'k-2')?.body).toMatchObject({
      kind: 'deadline-near',
      customerId: 'c-1',
      severity: 'low',
      dueAt: inHours(12),
      hoursLeft: 12,
    });
    await first.halt();

    concord.publish(resolved(7, 'k-2'));
    concord.publish(complained(8, 'k-5', 'critical', inHours(100)));
    const second = await start(concord.url, webhookSink(webhook.url));
    await caughtUp(second.service, 8);
    await second.service.check();
    expect(concord.requests.at(-1)?.headers['last-event-id']).toBe('6');
    expect(webhook.received.slice(3).map(({ idempotencyKey }) => idempotencyKey)).toEqual([
      'severe-complaint:c-1/k-5',
    ]);
    expect(concord.requests[0]?.url).toBe(
      '/v1/events?types=CustomerComplained%2CComplaintDeadlineExtended%2CComplaintResolved',
    );
    await second.halt();
    const saved = JSON.parse(await readFile(join(dataDir, STATE_FILE), 'utf8')) as { state: { position: number } };
    expect(saved.state.position).toBe(8);
  });

  it('given a webhook that fails, then the alert stays queued and goes out at the next check', async () => {
    const concord = await startFakeConcord([complained(1, 'k-1', 'critical', inHours(240))]);
    const webhook = await startFakeWebhook(1);
    cleanups.push(concord.close, webhook.close);
    const logs: unknown[][] = [];
    const { service } = await start(concord.url, webhookSink(webhook.url), logs);
    await caughtUp(service, 1);
    await service.check();
    expect([webhook.received.length, service.state().pending.length]).toEqual([0, 1]);
    expect(logs).toContainEqual(['warn', 'alert not sent; retrying at the next check', expect.anything()]);
    await service.check();
    expect(webhook.received.map(({ idempotencyKey }) => idempotencyKey)).toEqual(['severe-complaint:c-1/k-1']);
  });

  it('given no webhook, then alerts are logged', async () => {
    const concord = await startFakeConcord([complained(1, 'k-1', 'high', inHours(240))]);
    cleanups.push(concord.close);
    const logs: unknown[][] = [];
    const log: Log = (...entry) => logs.push(entry);
    const { service } = await start(concord.url, logSink(log));
    await caughtUp(service, 1);
    await service.check();
    expect(logs).toContainEqual([
      'warn',
      'complaint alert',
      { alert: expect.objectContaining({ alertId: 'severe-complaint:c-1/k-1' }) },
    ]);
  });
});
