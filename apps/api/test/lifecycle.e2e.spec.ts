import { bodies, type Appended, type HistoryBody } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ComplaintView = Readonly<{
  complaintId: string;
  status: string;
  dueAt: string;
  extensions: number;
  outcome: string | null;
}>;
type StateBody = Readonly<{
  status: string;
  revision: number;
  classification: Readonly<{ segment: string; valueTier?: string }> | null;
  complaints: Readonly<{ open: readonly ComplaintView[]; resolved: readonly ComplaintView[] }>;
  contacts: Readonly<{ count: number; lastContactAt: string | null }>;
  surveys: Readonly<{ count: number }>;
  endedAt: string | null;
  activeSince: string;
}>;

describe('a customer lifecycle, imported with past business times', () => {
  let t: TestApp;
  let manager: string;
  let handler: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('rm-7', 'relationship_manager');
    handler = await t.token('ch-3', 'complaint_handler');
    auditor = await t.token('au-1', 'auditor');
  });
  afterAll(() => t.close());

  const post = async (token: string, path: string, body: object): Promise<Appended> => {
    const response = await t.request<Appended>('POST', path, { token, body });
    expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status: 201 });
    return response.body;
  };

  it('register, contact, classify, complain, extend, resolve, survey, end, resume', async () => {
    const registered = await post(manager, '/v1/customers', {
      ...bodies.register(),
      registeredAt: '2026-01-05T09:00:00Z',
    });
    const customer = `/v1/customers/${registered.customerId}`;
    expect(registered).toMatchObject({ revision: 0, position: expect.any(Number) });

    const contacted = await post(manager, `${customer}/contacts`, {
      ...bodies.contact(),
      contactId: 'ct-1',
      summary: 'Discussed the annual fee.',
      occurredAt: '2026-02-01T10:00:00+08:00',
    });
    expect(contacted).toMatchObject({ customerId: registered.customerId, contactId: 'ct-1', revision: 1 });

    expect(await post(manager, `${customer}/classifications`, bodies.classification())).toMatchObject({ revision: 2 });

    const complained = await post(handler, `${customer}/complaints`, {
      ...bodies.complaint(),
      receivedAt: '2026-03-01T09:00:00Z',
    });
    expect(complained).toMatchObject({ revision: 3, dueAt: '2026-03-16T09:00:00.000Z' });
    const complaint = `${customer}/complaints/${complained.complaintId}`;

    const extended = await post(handler, `${complaint}/extension`, {
      ...bodies.extension('2026-03-31T09:00:00Z'),
      customerNotifiedAt: '2026-03-10T09:00:00Z',
    });
    expect(extended).toMatchObject({ revision: 4, dueAt: '2026-03-31T09:00:00.000Z', extension: 1 });

    const resolved = await post(handler, `${complaint}/resolution`, {
      ...bodies.resolution(),
      resolvedAt: '2026-03-20T09:00:00Z',
    });
    expect(resolved).toMatchObject({ revision: 5, complaintId: complained.complaintId, withinDeadline: true });

    const surveyed = await post(manager, `${customer}/surveys`, {
      ...bodies.survey(),
      kind: 'nps',
      score: 9,
      relatedComplaintId: complained.complaintId,
      respondedAt: '2026-03-25T09:00:00Z',
    });
    expect(surveyed).toMatchObject({ revision: 6, surveyId: expect.any(String) });

    expect(await post(manager, `${customer}/relationship-end`, { ...bodies.end(), endedAt: '2026-04-01T09:00:00Z' }))
      .toMatchObject({ revision: 7 });
    expect(await post(manager, `${customer}/relationship-resume`, {})).toMatchObject({ revision: 8 });

    const history = await t.request<HistoryBody>('GET', `${customer}/history`, { token: auditor });
    expect(history.body.events.map((event) => event.type)).toEqual([
      'CustomerRegistered',
      'CustomerContacted',
      'CustomerClassified',
      'CustomerComplained',
      'ComplaintDeadlineExtended',
      'ComplaintResolved',
      'CustomerSurveyed',
      'RelationshipEnded',
      'RelationshipResumed',
    ]);
    expect(history.body.events.map((event) => event.metadata.actor.role)).toEqual([
      'relationship_manager',
      'relationship_manager',
      'relationship_manager',
      'complaint_handler',
      'complaint_handler',
      'complaint_handler',
      'relationship_manager',
      'relationship_manager',
      'relationship_manager',
    ]);
    expect(history.body.events[1]?.data).toMatchObject({ staffId: 'rm-7', occurredAt: '2026-02-01T02:00:00.000Z' });
    expect(history.body.events[5]?.data).toMatchObject({ handlerId: 'ch-3' });

    const state = await t.request<StateBody>('GET', `${customer}/state`, { token: auditor });
    expect(state.body).toMatchObject({
      status: 'active',
      revision: 8,
      endedAt: null,
      classification: { segment: 'affluent', valueTier: 'gold' },
      complaints: { open: [], resolved: [{ complaintId: complained.complaintId, outcome: 'upheld', extensions: 1 }] },
      contacts: { count: 1, lastContactAt: '2026-02-01T02:00:00.000Z' },
      surveys: { count: 1 },
    });

    const verification = await t.request('GET', `${customer}/history/verification`, { token: auditor });
    expect(verification.body).toEqual({ valid: true, checked: 9 });
  });
});
