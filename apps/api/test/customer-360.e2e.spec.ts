import type { Role } from '@concord/contracts';
import { FakeClock, RecordingAuditLog } from './support/fakes.js';
import { READ_NOW, recordReadScenario } from './support/read-scenario.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

type Customer360Body = Readonly<{
  customerId: string;
  name: string;
  phone: string | null;
  email: string | null;
  relationshipManagerId: string;
  status: string;
  segment: string | null;
  valueTier: string | null;
  lastContacts: readonly Readonly<{ channel: string; occurredAt: string }>[];
  openComplaints: readonly Readonly<{ complaintId: string; dueAt: string; overdue: boolean; daysUntilDue: number }>[];
  latestCsat: Readonly<{ score: number }> | null;
  latestNps: Readonly<{ score: number }> | null;
  churnRisk: Readonly<{ score: number; band: string; modelVersion: string; asOf: string }> | null;
}>;

describe('GET /v1/customers/:id (customer 360)', () => {
  const clock = new FakeClock(READ_NOW);
  const auditLog = new RecordingAuditLog();
  let t: TestApp;
  let minPosition: number;

  beforeAll(async () => {
    t = await startTestApp({ clock, auditLog });
    minPosition = await recordReadScenario(t, clock);
  });
  afterAll(() => t.close());

  const view = async (customerId: string, subject: string, role: Role) =>
    t.request<Customer360Body & ErrorBody>('GET', `/v1/customers/${customerId}?minPosition=${minPosition}`, {
      token: await t.token(subject, role),
    });

  it('shows profile, classification, manager, last contacts, open complaints, surveys and churn risk', async () => {
    const { status, body } = await view('c-li', 'rm-7', 'relationship_manager');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      customerId: 'c-li',
      name: 'Li Wei',
      phone: '+86 138 0000 0000',
      email: 'li.wei@example.com',
      relationshipManagerId: 'rm-7',
      status: 'active',
      segment: 'affluent',
      valueTier: 'gold',
      lastContacts: [{ channel: 'phone', occurredAt: '2026-03-01T10:00:00.000Z' }],
      openComplaints: [{ complaintId: 'k-li', dueAt: '2026-03-20T00:00:00.000Z', overdue: false, daysUntilDue: 9.6 }],
      latestCsat: { score: 4 },
      latestNps: { score: 3 },
      churnRisk: { modelVersion: 'churn-v1', asOf: READ_NOW },
    });
    expect(body.churnRisk?.score).toBeGreaterThan(0);
  });

  it('records the read in the audit log, with ids only', async () => {
    auditLog.reads.length = 0;
    await view('c-li', 'ch-3', 'complaint_handler');
    expect(auditLog.reads).toEqual([
      expect.objectContaining({
        actor: { id: 'ch-3', role: 'complaint_handler' },
        route: 'GET /v1/customers/:id',
        customerId: 'c-li',
      }),
    ]);
    expect(JSON.stringify(auditLog.reads)).not.toContain('Li Wei');
  });

  it("refuses a manager another manager's customer, and records no read", async () => {
    auditLog.reads.length = 0;
    const { status, body } = await view('c-li', 'rm-8', 'relationship_manager');
    expect([status, body.code]).toEqual([403, 'AUTH.NOT_YOUR_CUSTOMER']);
    expect(JSON.stringify(body)).not.toContain('Li Wei');
    expect(auditLog.reads).toEqual([]);
  });

  it('shows a departed customer without a churn score', async () => {
    const { status, body } = await view('c-gone', 'admin-1', 'admin');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'departed', churnRisk: null });
  });

  it('answers 404 CUSTOMER.NOT_FOUND for a customer never registered', async () => {
    const { status, body } = await view('c-nobody', 'ch-3', 'complaint_handler');
    expect([status, body.code]).toEqual([404, 'CUSTOMER.NOT_FOUND']);
  });
});
