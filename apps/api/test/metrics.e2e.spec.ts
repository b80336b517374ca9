import { ALL_PROJECTIONS, projectionId } from '@concord/read-models';
import { bodies } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The value of one series in a Prometheus text exposition, or undefined when it is absent. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('GET /metrics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('exposes append and HTTP latency, the head position and each projection’s lag and status to a service', async () => {
    const manager = await t.token('rm-7', 'relationship_manager');
    const registered = await t.request<{ position: number }>('POST', '/v1/customers', {
      token: manager,
      body: bodies.register('metered'),
    });
    expect(registered.status).toBe(201);
    // Read-your-writes: answers once the churn-risk projection has committed the registration, so its lag is 0.
    const analyst = await t.token('an-1', 'analyst');
    const read = await t.request('GET', `/v1/churn-risk/metered?minPosition=${registered.body.position}`, { token: analyst });
    expect(read.status).toBe(200);
    const scraper = await t.token('prometheus', 'service');

    const response = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${scraper}` } });
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, 'concord_event_store_append_duration_seconds_count{outcome="appended"}')).toBe(1);
    expect(sample(text, 'concord_http_request_duration_seconds_count{method="POST",route="/v1/customers",status="201"}')).toBe(1);
    expect(sample(text, 'concord_event_store_head_position')).toBe(1);
    const churnRisk = projectionId(ALL_PROJECTIONS.find((projection) => projection.name === 'churn-risk')!);
    expect(sample(text, `concord_projection_status{projection="${churnRisk}",status="live"}`)).toBe(1);
    expect(sample(text, `concord_projection_lag_events{projection="${churnRisk}"}`)).toBe(0);
    expect(text).toContain('concord_process_cpu_seconds_total');
  });

  it('names no customer: route patterns, never concrete paths', async () => {
    const manager = await t.token('rm-7', 'relationship_manager');
    await t.request('POST', '/v1/customers/metered/contacts', { token: manager, body: bodies.contact() });
    const scraper = await t.token('prometheus', 'service');

    const text = await (await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${scraper}` } })).text();

    expect(text).toContain('route="/v1/customers/:id/contacts"');
    expect(text).not.toContain('metered');
  });
});
