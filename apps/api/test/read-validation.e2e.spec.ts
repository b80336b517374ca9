import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

describe('read-model query strings (400 VALIDATION_FAILED naming the parameter, never 500)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin-1', 'admin');
  });
  afterAll(() => t.close());

  const forged = Buffer.from('not a cursor').toString('base64url');

  it.each<[string, string]>([
    ['/v1/dashboards/satisfaction?groupBy=month,weather', 'groupBy'],
    ['/v1/dashboards/satisfaction?groupBy=month,month', 'groupBy'],
    ['/v1/dashboards/satisfaction?groupBy=category', 'groupBy'],
    ['/v1/dashboards/complaints?groupBy=segment', 'groupBy'],
    ['/v1/dashboards/contact-coverage?groupBy=month', 'groupBy'],
    ['/v1/dashboards/satisfaction?from=yesterday', 'from'],
    ['/v1/dashboards/complaints?from=2026-13-01', 'from'],
    ['/v1/dashboards/complaints?to=2026-02-30T00:00', 'to'],
    ['/v1/dashboards/satisfaction?from=2026-03-01&to=2026-02-01', 'to'],
    ['/v1/churn-risk?limit=0', 'limit'],
    ['/v1/churn-risk?limit=501', 'limit'],
    ['/v1/churn-risk?limit=ten', 'limit'],
    ['/v1/complaints/open?limit=-1', 'limit'],
    ['/v1/churn-risk?cursor=%21%21%21', 'cursor'],
    [`/v1/churn-risk?cursor=${forged}`, 'cursor'],
    [`/v1/complaints/open?cursor=${forged}`, 'cursor'],
    ['/v1/churn-risk?band=extreme', 'band'],
    ['/v1/churn-risk?segment=students', 'segment'],
    ['/v1/churn-risk?relationshipManagerId=rm%207', 'relationshipManagerId'],
    ['/v1/complaints/open?overdue=yes', 'overdue'],
    ['/v1/churn-risk?minPosition=latest', 'minPosition'],
    ['/v1/dashboards/satisfaction?minPosition=-1', 'minPosition'],
    ['/v1/customers/c-1?minPosition=1.5', 'minPosition'],
    ['/v1/churn-risk?band=low&band=high', 'band'],
    ['/v1/churn-risk?sort=score', 'sort'],
    ['/v1/dashboards/complaints?groupby=month', 'groupby'],
    ['/v1/customers/c-1?fields=name', 'fields'],
    ['/v1/churn-risk/bad%20id', 'customerId'],
  ])('%s → 400 on %s', async (path, field) => {
    const { status, body } = await t.request<ErrorBody>('GET', path, { token: admin });
    expect([status, body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(body.errors?.map((error) => error.field)).toEqual([field]);
    expect(body.errors?.[0]?.messages.length).toBeGreaterThan(0);
  });

  it('accepts a date-only range, blank groupBy and an explicit default limit', async () => {
    for (const path of [
      '/v1/dashboards/satisfaction?from=2026-01-01&to=2026-01-01&groupBy=',
      '/v1/dashboards/complaints?from=2026-01-01T00:00:00%2B08:00',
      '/v1/churn-risk?limit=500&band=high&segment=private_banking',
      '/v1/complaints/open?overdue=false&limit=1',
    ]) {
      const { status } = await t.request('GET', path, { token: admin });
      expect([path, status]).toEqual([path, 200]);
    }
  });
});
