import { DEFAULT_RULES } from '@concord/domain';
import { bodies, type Appended } from './support/fixtures.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

/** Registered in the past, so complaints may be imported with past receipt times. */
const IMPORTED = '2026-01-05T09:00:00.000Z';

describe('domain rejections answer 409 or 422 with { code, message }', () => {
  let t: TestApp;
  let manager: string;
  let handler: string;
  let involvedHandler: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('rm-1', 'relationship_manager');
    handler = await t.token('ch-1', 'complaint_handler');
    involvedHandler = await t.token('rm-7', 'complaint_handler');
  });
  afterAll(() => t.close());

  const post = <Body = ErrorBody>(token: string, path: string, body: object) =>
    t.request<Body>('POST', path, { token, body });

  const registered = async (customerId: string): Promise<string> => {
    const { status } = await post(manager, '/v1/customers', { ...bodies.register(customerId), registeredAt: IMPORTED });
    expect(status).toBe(201);
    return `/v1/customers/${customerId}`;
  };

  it('register twice → 409 CUSTOMER.ALREADY_REGISTERED', async () => {
    await registered('twice');
    const { status, body } = await post(manager, '/v1/customers', bodies.register('twice'));
    expect(status).toBe(409);
    expect(body).toEqual({ code: 'CUSTOMER.ALREADY_REGISTERED', message: expect.stringContaining('twice') });
  });

  it('a command on an unknown customer → 409 CUSTOMER.NOT_REGISTERED', async () => {
    const { status, body } = await post(manager, '/v1/customers/nobody/contacts', bodies.contact());
    expect([status, body.code]).toEqual([409, 'CUSTOMER.NOT_REGISTERED']);
  });

  it('a business time in the future → 422 TIME.IN_FUTURE', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const registration = { ...bodies.register('future'), registeredAt: future };
    const { status, body } = await post(manager, '/v1/customers', registration);
    expect([status, body.code]).toEqual([422, 'TIME.IN_FUTURE']);
  });

  it('a category outside the taxonomy → 422 COMPLAINT.UNKNOWN_CATEGORY', async () => {
    const customer = await registered('taxonomy');
    const complaint = { ...bodies.complaint(), category: 'weather' };
    const { status, body } = await post(handler, `${customer}/complaints`, complaint);
    expect([status, body.code]).toEqual([422, 'COMPLAINT.UNKNOWN_CATEGORY']);
  });

  it('an involved member of staff may not resolve → 422 COMPLAINT.HANDLER_RECUSAL', async () => {
    const customer = await registered('recusal');
    const filed = await post<Appended>(handler, `${customer}/complaints`, bodies.complaint());
    const { status, body } = await post(
      involvedHandler,
      `${customer}/complaints/${filed.body.complaintId}/resolution`,
      bodies.resolution(),
    );
    expect([status, body.code]).toEqual([422, 'COMPLAINT.HANDLER_RECUSAL']);
  });

  it('resolving twice → 409 COMPLAINT.ALREADY_RESOLVED; unknown complaint → 422 COMPLAINT.NOT_FOUND', async () => {
    const customer = await registered('resolved-twice');
    const filed = await post<Appended>(handler, `${customer}/complaints`, bodies.complaint());
    const resolution = `${customer}/complaints/${filed.body.complaintId}/resolution`;
    expect((await post(handler, resolution, bodies.resolution())).status).toBe(201);
    const again = await post(handler, resolution, bodies.resolution());
    expect([again.status, again.body.code]).toEqual([409, 'COMPLAINT.ALREADY_RESOLVED']);
    const unknown = await post(handler, `${customer}/complaints/k-404/resolution`, bodies.resolution());
    expect([unknown.status, unknown.body.code]).toEqual([422, 'COMPLAINT.NOT_FOUND']);
  });

  it('ending a relationship with open complaints → 409 CUSTOMER.OPEN_COMPLAINTS', async () => {
    const customer = await registered('open-complaints');
    await post(handler, `${customer}/complaints`, bodies.complaint());
    const { status, body } = await post(manager, `${customer}/relationship-end`, bodies.end());
    expect([status, body.code]).toEqual([409, 'CUSTOMER.OPEN_COMPLAINTS']);
  });

  it('a departed customer takes no contact → 409 CUSTOMER.DEPARTED', async () => {
    const customer = await registered('departed');
    expect((await post(manager, `${customer}/relationship-end`, bodies.end())).status).toBe(201);
    const { status, body } = await post(manager, `${customer}/contacts`, bodies.contact());
    expect([status, body.code]).toEqual([409, 'CUSTOMER.DEPARTED']);
  });

  it('a duplicate contact id → 409 CONTACT.DUPLICATE_ID', async () => {
    const customer = await registered('dup-contact');
    const contact = { ...bodies.contact(), contactId: 'ct-1' };
    expect((await post(manager, `${customer}/contacts`, contact)).status).toBe(201);
    const { status, body } = await post(manager, `${customer}/contacts`, contact);
    expect([status, body.code]).toEqual([409, 'CONTACT.DUPLICATE_ID']);
  });

  it('an extension beyond 30 days → 422 COMPLAINT.EXTENSION_TOO_LONG', async () => {
    const customer = await registered('too-long');
    const receivedAt = '2026-03-01T09:00:00.000Z';
    const filed = await post<Appended>(handler, `${customer}/complaints`, { ...bodies.complaint(), receivedAt });
    const { status, body } = await post(
      handler,
      `${customer}/complaints/${filed.body.complaintId}/extension`,
      bodies.extension('2026-04-15T09:00:00.000Z'),
    );
    expect([status, body.code]).toEqual([422, 'COMPLAINT.EXTENSION_TOO_LONG']);
  });
});

describe('configured rules', () => {
  it('CONCORD_COMPLAINT_DECISION_DAYS (rules.complaintDecisionDays) sets the due date', async () => {
    const t = await startTestApp({}, { rules: { ...DEFAULT_RULES, complaintDecisionDays: 10 } });
    try {
      const manager = await t.token('rm-1', 'relationship_manager');
      const handler = await t.token('ch-1', 'complaint_handler');
      const registration = { ...bodies.register('ten-days'), registeredAt: IMPORTED };
      await t.request('POST', '/v1/customers', { token: manager, body: registration });
      const { status, body } = await t.request<Appended>('POST', '/v1/customers/ten-days/complaints', {
        token: handler,
        body: { ...bodies.complaint(), receivedAt: '2026-03-01T09:00:00+08:00' },
      });
      expect(status).toBe(201);
      expect(body.dueAt).toBe('2026-03-11T01:00:00.000Z');
    } finally {
      await t.close();
    }
  });
});
