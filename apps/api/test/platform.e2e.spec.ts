import type { EventStore } from '@concord/event-store';
import type { ReadModelStore } from '@concord/read-models';
import { EVENT_STORE } from '../src/infrastructure/event-store.provider.js';
import { READ_MODEL_STORE } from '../src/infrastructure/read-model-store.provider.js';
import type { AuditLog } from '../src/infrastructure/audit-log.js';
import { bodies } from './support/fixtures.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

type OpenApi = Readonly<{
  paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  components: Readonly<{ securitySchemes?: Readonly<Record<string, Readonly<{ scheme?: string }>>> }>;
}>;

describe('health, OpenAPI, correlation ids and unexpected errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('GET /health reports the event store head and the projections by status', async () => {
    const token = await t.token('rm-1', 'relationship_manager');
    await t.request('POST', '/v1/customers', { token, body: bodies.register() });
    const { status, body } = await t.request('GET', '/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      eventStore: { status: 'up', headPosition: 1 },
      readStore: { status: 'up', projections: { live: 5, rebuilding: 0, failed: 0, stopped: 0 } },
    });
  });

  it('serves the OpenAPI document at /docs/json with bearer auth and every route', async () => {
    const { status, body } = await t.request<OpenApi>('GET', '/docs/json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths).sort()).toEqual([
      '/health',
      '/metrics',
      '/v1/churn-risk',
      '/v1/churn-risk/{customerId}',
      '/v1/complaints/open',
      '/v1/customers',
      '/v1/customers/{id}',
      '/v1/customers/{id}/classifications',
      '/v1/customers/{id}/complaints',
      '/v1/customers/{id}/complaints/{complaintId}/extension',
      '/v1/customers/{id}/complaints/{complaintId}/resolution',
      '/v1/customers/{id}/contacts',
      '/v1/customers/{id}/history',
      '/v1/customers/{id}/history/verification',
      '/v1/customers/{id}/relationship-end',
      '/v1/customers/{id}/relationship-resume',
      '/v1/customers/{id}/state',
      '/v1/customers/{id}/surveys',
      '/v1/dashboards/complaints',
      '/v1/dashboards/contact-coverage',
      '/v1/dashboards/satisfaction',
      '/v1/events',
      '/v1/projections',
    ]);
    expect(body.components.securitySchemes?.['bearer']?.scheme).toBe('bearer');
  });

  it('documents the read routes: their query parameters, minPosition and the 503 of read-your-writes', async () => {
    type Operation = Readonly<{ parameters?: readonly Readonly<{ name: string; in: string }>[]; responses: object }>;
    const { body } = await t.request<OpenApi>('GET', '/docs/json');
    const operation = (path: string) => body.paths[path]?.['get'] as Operation;
    const queryNames = (path: string) =>
      (operation(path).parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name).sort();
    expect(queryNames('/v1/churn-risk')).toEqual([
      'band',
      'cursor',
      'limit',
      'minPosition',
      'relationshipManagerId',
      'segment',
    ]);
    expect(queryNames('/v1/dashboards/satisfaction')).toEqual(['from', 'groupBy', 'minPosition', 'to']);
    expect(queryNames('/v1/projections')).toEqual([]);
    expect(queryNames('/v1/events')).toEqual(['after', 'customerId', 'limit', 'types']);
    for (const path of ['/v1/customers/{id}', '/v1/churn-risk', '/v1/dashboards/complaints', '/v1/complaints/open']) {
      expect([path, Object.keys(operation(path).responses)]).toEqual([path, expect.arrayContaining(['200', '503'])]);
    }
  });

  it('serves Swagger UI and its assets at /docs', async () => {
    const page = await fetch(`${t.url}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui');
    for (const asset of ['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-init.js']) {
      const response = await fetch(`${t.url}/docs/${asset}`);
      const size = (await response.arrayBuffer()).byteLength;
      expect([asset, response.status, size > 0]).toEqual([asset, 200, true]);
    }
  });

  it('answers an unknown route with 404 ROUTE.NOT_FOUND', async () => {
    const { status, body } = await t.request<ErrorBody>('GET', '/v2/anything');
    expect([status, body.code]).toEqual([404, 'ROUTE.NOT_FOUND']);
  });

  it('echoes an acceptable X-Correlation-Id and replaces another', async () => {
    const echoed = await t.request('GET', '/health', { headers: { 'x-correlation-id': 'trace-42' } });
    expect(echoed.headers.get('x-correlation-id')).toBe('trace-42');
    const replaced = await t.request('GET', '/health', { headers: { 'x-correlation-id': 'bad id with spaces' } });
    expect(replaced.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('failures', () => {
  it('answers 500 INTERNAL with the correlation id when something unexpected breaks', async () => {
    const broken: AuditLog = {
      recordRead: () => {
        throw new Error('audit sink unavailable');
      },
    };
    const t = await startTestApp({ auditLog: broken });
    try {
      const manager = await t.token('rm-1', 'relationship_manager');
      const auditor = await t.token('au-1', 'auditor');
      await t.request('POST', '/v1/customers', { token: manager, body: bodies.register('c-1') });
      const { status, body, headers } = await t.request<ErrorBody>('GET', '/v1/customers/c-1/history', {
        token: auditor,
        headers: { 'x-correlation-id': 'corr-500' },
      });
      expect(status).toBe(500);
      expect(body).toEqual({ code: 'INTERNAL', message: expect.any(String), correlationId: 'corr-500' });
      expect(headers.get('x-correlation-id')).toBe('corr-500');
    } finally {
      await t.close();
    }
  });

  it('reports degraded (200) from /health while the read-model store does not answer: commands still work', async () => {
    const t = await startTestApp({}, { projector: 'external' });
    try {
      await t.app.get<ReadModelStore>(READ_MODEL_STORE).close();
      const health = await t.request('GET', '/health');
      expect([health.status, health.body]).toEqual([
        200,
        { status: 'degraded', eventStore: { status: 'up', headPosition: 0 }, readStore: { status: 'down' } },
      ]);
      const token = await t.token('rm-1', 'relationship_manager');
      expect((await t.request('POST', '/v1/customers', { token, body: bodies.register() })).status).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('answers 503 from /health and commands once the event store is closed', async () => {
    const t = await startTestApp();
    try {
      await t.app.get<EventStore>(EVENT_STORE).close();
      const health = await t.request('GET', '/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'unavailable', eventStore: { status: 'down' } });
      const token = await t.token('rm-1', 'relationship_manager');
      const command = await t.request<ErrorBody>('POST', '/v1/customers', { token, body: bodies.register() });
      expect([command.status, command.body.code]).toEqual([503, 'SERVICE.UNAVAILABLE']);
    } finally {
      await t.close();
    }
  });
});
