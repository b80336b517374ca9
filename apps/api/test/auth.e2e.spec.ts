import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { SignJWT } from 'jose';
import { signAccessToken } from '@concord/auth';
import { ROLES, type Role } from '@concord/contracts';
import { IS_PUBLIC, ROLES as ROLES_METADATA } from '../src/auth/access.decorators.js';
import { bodies, ROUTES, type Appended, type HistoryBody } from './support/fixtures.js';
import { startTestApp, TEST_SECRET, type ErrorBody, type TestApp } from './support/test-app.js';

describe('authentication and authorisation', () => {
  let t: TestApp;
  const secret = new TextEncoder().encode(TEST_SECRET);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const register = async (token: string, customerId?: string) =>
    t.request<Appended>('POST', '/v1/customers', { token, body: bodies.register(customerId) });

  describe('401 without a valid token', () => {
    const unsigned = (claims: Record<string, unknown>, key: Uint8Array = secret, expiresIn = '5m') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(expiresIn).sign(key);

    const cases: [string, () => Promise<Record<string, string>>][] = [
      ['no Authorization header', async () => ({})],
      ['a scheme other than Bearer', async () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' })],
      ['a malformed token', async () => ({ authorization: 'Bearer not.a.jwt' })],
      [
        'a token signed with another secret',
        async () => ({
          authorization: `Bearer ${await signAccessToken(
            new TextEncoder().encode('another-secret-of-at-least-thirty-two-bytes'),
            { subject: 'rm-1', roles: ['relationship_manager'] },
            { expiresInSeconds: 60 },
          )}`,
        }),
      ],
      [
        'an expired token',
        async () => ({
          authorization: `Bearer ${await signAccessToken(
            secret,
            { subject: 'rm-1', roles: ['relationship_manager'] },
            { expiresInSeconds: 60, now: new Date(Date.now() - 3_600_000) },
          )}`,
        }),
      ],
      [
        'an unknown role',
        async () => ({ authorization: `Bearer ${await unsigned({ sub: 'x', roles: ['janitor'] })}` }),
      ],
      ['no roles', async () => ({ authorization: `Bearer ${await unsigned({ sub: 'x', roles: [] })}` })],
      ['no subject', async () => ({ authorization: `Bearer ${await unsigned({ roles: ['admin'] })}` })],
      [
        'alg none',
        async () => {
          const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
          const exp = Math.floor(Date.now() / 1000) + 300;
          return { authorization: `Bearer ${encode({ alg: 'none' })}.${encode({ sub: 'x', roles: ['admin'], exp })}.` };
        },
      ],
    ];

    it.each(cases)('refuses %s', async (_, headers) => {
      const response = await t.request<ErrorBody>('POST', '/v1/customers', {
        headers: await headers(),
        body: bodies.register(),
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH.UNAUTHENTICATED');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    });

    it('checks the token before the body', async () => {
      const { status } = await t.request('POST', '/v1/customers', { body: { garbage: true } });
      expect(status).toBe(401);
    });

    it('leaves /health public', async () => {
      expect((await t.request('GET', '/health')).status).toBe(200);
    });
  });

  describe('the role matrix', () => {
    let customerId: string;
    let complaintId: string;

    beforeAll(async () => {
      const admin = await t.token('admin-0', 'admin');
      customerId = (await register(admin)).body.customerId;
      const complaint = await t.request<Appended>('POST', `/v1/customers/${customerId}/complaints`, {
        token: admin,
        body: bodies.complaint(),
      });
      complaintId = complaint.body.complaintId ?? '';
    });

    const cases = ROUTES.flatMap((route) => ROLES.map((role) => [route.name, role, route] as const));

    it.each(cases)('%s as %s', async (_, role, route) => {
      // The manager is the one who serves the customer (bodies.register names rm-7): only they may read its state.
      const token = await t.token(role === 'relationship_manager' ? 'rm-7' : `${role}-1`, role);
      const { status, body } = await t.request<ErrorBody>(route.method, route.path(customerId, complaintId), {
        token,
        ...(route.body === undefined ? {} : { body: route.body() }),
      });
      if (role === 'admin' || route.allowed.includes(role)) {
        expect([status, body.code]).not.toContainEqual(expect.stringMatching(/^AUTH\./));
        expect([401, 403]).not.toContain(status);
      } else {
        expect(status).toBe(403);
        expect(body.code).toBe('AUTH.FORBIDDEN');
        expect(body.message).toContain([...route.allowed, 'admin'].join(', '));
      }
    });
  });

  describe('the recorded actor', () => {
    const actorsOf = async (customerId: string) => {
      const auditor = await t.token('auditor-9', 'auditor');
      const history = await t.request<HistoryBody>('GET', `/v1/customers/${customerId}/history`, { token: auditor });
      return history.body.events.map((event) => event.metadata.actor);
    };

    it.each<[string, Role[], Role]>([
      ['a relationship manager', ['relationship_manager'], 'relationship_manager'],
      ['an admin', ['admin'], 'admin'],
      ['admin and an allowed role, in the allowed role', ['admin', 'relationship_manager'], 'relationship_manager'],
      ['an auditor who is also a manager, as manager', ['auditor', 'relationship_manager'], 'relationship_manager'],
    ])('is the token subject, acting as %s', async (_, roles, expected) => {
      const token = await t.token('staff-42', ...roles);
      const { status, body } = await register(token);
      expect(status).toBe(201);
      expect(await actorsOf(body.customerId)).toEqual([{ id: 'staff-42', role: expected }]);
    });
  });

  it('every route is either @Public or has @Roles (fail closed otherwise)', () => {
    const reflector = t.app.get(Reflector);
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    const unprotected: string[] = [];
    let routes = 0;
    for (const wrapper of controllers) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        routes += 1;
        const targets = [handler, controller];
        const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
        const roles = reflector.getAllAndOverride<readonly Role[] | undefined>(ROLES_METADATA, targets) ?? [];
        if (!isPublic && roles.length === 0) unprotected.push(`${controller.name}.${name}`);
      }
    }
    expect(routes).toBe(ROUTES.length + 1);
    expect(unprotected).toEqual([]);
  });
});
