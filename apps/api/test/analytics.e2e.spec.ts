import { FakeClock } from './support/fakes.js';
import { PERSONAL_DATA, READ_NOW, recordReadScenario } from './support/read-scenario.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

type Page<Item> = Readonly<{ items: readonly Item[]; nextCursor: string | null }>;
type ChurnItem = Readonly<{
  customerId: string;
  score: number;
  band: string;
  segment: string | null;
  relationshipManagerId: string;
  topFactors: readonly Readonly<{ factor: string; contribution: number }>[];
}>;
type ChurnDetail = Readonly<{
  customerId: string;
  score: number;
  band: string;
  modelVersion: string;
  asOf: string;
  factors: readonly Readonly<{ factor: string; contribution: number; detail: string }>[];
}>;
type Row = Readonly<Record<string, unknown>>;
type Dashboard = Readonly<{ rows: readonly Row[]; totals: Row }>;
type WorklistItem = Readonly<{ customerId: string; complaintId: string; overdue: boolean; dueAt: string }>;

describe('analyst and worklist read models', () => {
  const clock = new FakeClock(READ_NOW);
  let t: TestApp;
  let analyst: string;
  let handler: string;
  let minPosition: number;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    analyst = await t.token('an-1', 'analyst');
    handler = await t.token('ch-3', 'complaint_handler');
    minPosition = await recordReadScenario(t, clock);
  });
  afterAll(() => t.close());

  /** Every answer is read with the position of the scenario's last command: the read-your-writes path. */
  const get = async <Body>(path: string, token = analyst) => {
    const separator = path.includes('?') ? '&' : '?';
    const url = `${path}${separator}minPosition=${minPosition}`;
    const response = await t.request<Body & ErrorBody>('GET', url, { token });
    expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status: 200 });
    return response.body;
  };

  describe('churn risk', () => {
    it('lists active customers highest score first, with ids, segments and top factors only', async () => {
      const page = await get<Page<ChurnItem>>('/v1/churn-risk');
      expect(page.items.map((item) => item.customerId)).toEqual(['c-li', 'c-zhang']);
      const scores = page.items.map((item) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(page.items[0]).toMatchObject({ segment: 'affluent', relationshipManagerId: 'rm-7', band: 'low' });
      expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(
        ['band', 'customerId', 'relationshipManagerId', 'score', 'segment', 'topFactors'],
      );
      expect(page.items[1]?.topFactors.map((factor) => factor.factor)).toEqual([
        'overdue_complaints',
        'open_complaints',
        'recent_complaints',
      ]);
      expect(page.nextCursor).toBeNull();
    });

    it('filters by segment, relationship manager and band', async () => {
      const ids = async (query: string) =>
        (await get<Page<ChurnItem>>(`/v1/churn-risk?${query}`)).items.map((item) => item.customerId);
      expect(await ids('segment=mass')).toEqual(['c-zhang']);
      expect(await ids('relationshipManagerId=rm-7')).toEqual(['c-li']);
      expect(await ids('band=low')).toEqual(['c-li', 'c-zhang']);
      expect(await ids('band=high')).toEqual([]);
    });

    it('pages with limit and cursor, without overlap', async () => {
      const first = await get<Page<ChurnItem>>('/v1/churn-risk?limit=1');
      expect(first.items.map((item) => item.customerId)).toEqual(['c-li']);
      const second = await get<Page<ChurnItem>>(`/v1/churn-risk?limit=1&cursor=${first.nextCursor ?? ''}`);
      expect([second.items.map((item) => item.customerId), second.nextCursor]).toEqual([['c-zhang'], null]);
    });

    it("explains one customer's score with every factor", async () => {
      const detail = await get<ChurnDetail>('/v1/churn-risk/c-zhang');
      expect(detail).toMatchObject({ customerId: 'c-zhang', modelVersion: 'churn-v1', asOf: READ_NOW });
      expect(detail.factors).toHaveLength(9);
      const sum = detail.factors.reduce((total, factor) => total + factor.contribution, 0);
      expect(detail.score).toBeCloseTo(sum, 5);
      expect(detail.factors.find((f) => f.factor === 'overdue_complaints')).toMatchObject({ contribution: 10 });
    });

    it('answers 404 for a departed customer (not scored) and an unknown one', async () => {
      const departed = await t.request<ErrorBody>('GET', `/v1/churn-risk/c-gone?minPosition=${minPosition}`, {
        token: analyst,
      });
      expect([departed.status, departed.body.code]).toEqual([404, 'CHURN_RISK.NOT_SCORED']);
      const unknown = await t.request<ErrorBody>('GET', '/v1/churn-risk/c-nobody', { token: analyst });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'CUSTOMER.NOT_FOUND']);
    });
  });

  it('satisfaction: CSAT and NPS per month and channel, and totals', async () => {
    const query = 'from=2026-01-01&to=2026-03-31&groupBy=month,channel';
    const dashboard = await get<Dashboard>(`/v1/dashboards/satisfaction?${query}`);
    expect(dashboard.rows).toEqual([
      expect.objectContaining({ month: '2026-02', channel: 'mobile_app', csatResponses: 1, csatSatisfiedPct: 100 }),
      expect.objectContaining({ month: '2026-03', channel: 'phone', npsResponses: 1, detractors: 1, npsScore: -100 }),
    ]);
    expect(dashboard.totals).toMatchObject({ csatResponses: 1, csatAverage: 4, npsResponses: 1, npsScore: -100 });
    const february = await get<Dashboard>('/v1/dashboards/satisfaction?from=2026-02-01&to=2026-02-28');
    expect([february.rows.length, february.totals]).toEqual([1, expect.objectContaining({ npsResponses: 0 })]);
  });

  it('complaints: SLA figures per severity, and totals', async () => {
    const dashboard = await get<Dashboard>('/v1/dashboards/complaints?groupBy=severity');
    expect(dashboard.rows).toEqual([
      expect.objectContaining({ severity: 'critical', filed: 1, open: 1, overdue: 1 }),
      expect.objectContaining({ severity: 'high', filed: 1, open: 1, overdue: 0 }),
    ]);
    expect(dashboard.totals).toMatchObject({
      filed: 2,
      resolved: 0,
      open: 2,
      overdue: 1,
      resolvedWithinDeadlinePct: null,
    });
    const march = await get<Dashboard>('/v1/dashboards/complaints?from=2026-03-01&groupBy=month,category');
    expect(march.rows).toEqual([expect.objectContaining({ month: '2026-03', category: 'fees_and_charges', filed: 1 })]);
  });

  it('contact coverage: active customers contacted in the last 30 and 90 days, by segment', async () => {
    const coverage = await get<Dashboard>('/v1/dashboards/contact-coverage?groupBy=segment');
    expect(coverage.rows).toEqual([
      expect.objectContaining({ segment: 'affluent', customers: 1, contactedLast30Days: 1, contactedLast90Days: 1 }),
      expect.objectContaining({ segment: 'mass', customers: 1, contactedLast30Days: 0, contactedLast90Days: 1 }),
    ]);
    expect(coverage.totals).toEqual({
      customers: 2,
      contactedLast30Days: 1,
      contactedLast90Days: 2,
      contactedLast30DaysPct: 50,
      contactedLast90DaysPct: 100,
    });
    const byManager = await get<Dashboard>('/v1/dashboards/contact-coverage?groupBy=relationshipManagerId');
    expect(byManager.rows.map((row) => row['relationshipManagerId'])).toEqual(['rm-7', 'rm-8']);
  });

  it("open complaints: the handlers' worklist by due date, optionally only the overdue", async () => {
    const ids = async (query: string) =>
      (await get<Page<WorklistItem>>(`/v1/complaints/open${query}`, handler)).items.map((item) => item.complaintId);
    expect(await ids('')).toEqual(['k-zhang', 'k-li']);
    expect(await ids('?overdue=true')).toEqual(['k-zhang']);
    expect(await ids('?overdue=false')).toEqual(['k-li']);
    const first = await get<Page<WorklistItem>>('/v1/complaints/open?limit=1', handler);
    expect(first.items[0]).toMatchObject({ customerId: 'c-zhang', overdue: true, dueAt: '2026-01-25T00:00:00.000Z' });
    const rest = await get<Page<WorklistItem>>(`/v1/complaints/open?limit=1&cursor=${first.nextCursor ?? ''}`, handler);
    expect([rest.items.map((item) => item.complaintId), rest.nextCursor]).toEqual([['k-li'], null]);
  });

  it('never answers an analyst (or the worklist) with personal data', async () => {
    const answers = await Promise.all([
      get('/v1/churn-risk'),
      get('/v1/churn-risk/c-li'),
      get('/v1/churn-risk/c-zhang'),
      get('/v1/dashboards/satisfaction?groupBy=month,segment,channel'),
      get('/v1/dashboards/complaints?groupBy=month,category,product,severity,channel'),
      get('/v1/dashboards/contact-coverage?groupBy=segment,relationshipManagerId'),
      get('/v1/complaints/open', handler),
      t.request('GET', '/v1/projections', { token: analyst }),
    ]);
    const text = JSON.stringify(answers);
    expect(text).toContain('c-li');
    for (const personal of PERSONAL_DATA) expect([personal, text.includes(personal)]).toEqual([personal, false]);
  });
});
