import { ALL_PROJECTIONS } from '@concord/read-models';
import { bodies, READ_MODEL_ROUTES, type Appended } from './support/fixtures.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

type Behind = ErrorBody & Readonly<{ position: number; minPosition: number }>;
type Statuses = Readonly<{
  projections: readonly Readonly<{
    name: string;
    version: number;
    projectionId: string;
    status: string;
    active: boolean;
    checkpoint: number;
    lagEvents: number;
    lagSeconds: number;
    failure: unknown;
  }>[];
}>;

const PROJECTION_NAMES = ['churn-risk', 'complaints', 'contact-coverage', 'customer-360', 'satisfaction'];
/** The version of each projection this build runs, so the spec follows version bumps. */
const CURRENT_VERSIONS = new Map(ALL_PROJECTIONS.map((projection) => [projection.name, projection.version]));

describe('read-your-writes with ?minPosition=', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin-1', 'admin');
  });
  afterAll(() => t.close());

  const register = async (customerId: string): Promise<Appended> => {
    const manager = await t.token('rm-7', 'relationship_manager');
    const { status, body } = await t.request<Appended>('POST', '/v1/customers', {
      token: manager,
      body: bodies.register(customerId),
    });
    expect(status).toBe(201);
    return body;
  };

  it('a read with the position of a command sees that command', async () => {
    const { position } = await register('ryw-1');
    const path = `/v1/customers/ryw-1?minPosition=${position}`;
    const { status, body } = await t.request<{ customerId: string }>('GET', path, { token: admin });
    expect([status, body.customerId]).toEqual([200, 'ryw-1']);
  });

  it('GET /v1/projections shows every projection live, at the head, with no lag once caught up', async () => {
    const { position } = await register('ryw-2');
    // Each read route waits for the projections it reads; together they cover all five.
    for (const route of READ_MODEL_ROUTES) {
      const path = `${route.path('ryw-2', 'k')}?minPosition=${position}`;
      const { status } = await t.request('GET', path, { token: admin });
      expect([route.name, status]).not.toEqual([route.name, 503]);
    }
    const auditor = await t.token('au-1', 'auditor');
    const { status, body } = await t.request<Statuses>('GET', '/v1/projections', { token: auditor });
    expect(status).toBe(200);
    expect(body.projections.map((p) => p.name).sort()).toEqual(PROJECTION_NAMES);
    for (const projection of body.projections) {
      expect(projection).toEqual({
        name: projection.name,
        version: CURRENT_VERSIONS.get(projection.name),
        projectionId: `${projection.name}.v${CURRENT_VERSIONS.get(projection.name)}`,
        status: 'live',
        active: true,
        checkpoint: position,
        lagEvents: 0,
        lagSeconds: 0,
        failure: null,
      });
    }
  });

  it('refuses query parameters on /v1/projections', async () => {
    const { status, body } = await t.request<ErrorBody>('GET', '/v1/projections?verbose=1', { token: admin });
    expect([status, body.code, body.errors?.[0]?.field]).toEqual([400, 'VALIDATION_FAILED', 'verbose']);
  });
});

describe('503 READ_MODEL.BEHIND when minPosition is beyond what the projections reach', () => {
  let t: TestApp;
  let admin: string;
  let head: number;

  beforeAll(async () => {
    // A short bound keeps the suite quick; the position asked for is never reached, whatever the bound.
    t = await startTestApp({ readYourWrites: { timeoutMs: 100, pollMs: 10 } });
    admin = await t.token('admin-1', 'admin');
    const manager = await t.token('rm-7', 'relationship_manager');
    head = (await t.request<Appended>('POST', '/v1/customers', { token: manager, body: bodies.register('b-1') })).body
      .position;
  });
  afterAll(() => t.close());

  it.each(READ_MODEL_ROUTES.map((route) => [route.name, route] as const))('%s', async (_, route) => {
    const path = route.path('b-1', 'k');
    // Reached first, so the answer below reports exactly the head as the position reached.
    const caughtUp = await t.request('GET', `${path}?minPosition=${head}`, { token: admin });
    expect(caughtUp.status).not.toBe(503);
    const { status, headers, body } = await t.request<Behind>('GET', `${path}?minPosition=${head + 1000}`, {
      token: admin,
    });
    expect(status).toBe(503);
    expect(body).toEqual({
      code: 'READ_MODEL.BEHIND',
      message: expect.stringContaining(`up to position ${head}, not yet ${head + 1000}`),
      position: head,
      minPosition: head + 1000,
    });
    expect(headers.get('retry-after')).toBe('1');
  });
});

describe('CONCORD_PROJECTOR=external', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { projector: 'external' });
  });
  afterAll(() => t.close());

  it('runs no projections: until apps/projector has built them, reads answer 503 READ_MODEL.NOT_READY', async () => {
    const analyst = await t.token('an-1', 'analyst');
    const { status, headers, body } = await t.request<ErrorBody>('GET', '/v1/dashboards/satisfaction', {
      token: analyst,
    });
    expect([status, body.code]).toEqual([503, 'READ_MODEL.NOT_READY']);
    expect(body.message).toContain('satisfaction read model is being built');
    expect(headers.get('retry-after')).toBe('1');
  });
});
