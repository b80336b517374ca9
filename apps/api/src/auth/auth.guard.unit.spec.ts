import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { signAccessToken } from '@concord/auth';
import type { Role } from '@concord/contracts';
import type { ConcordRequest } from '../http/concord-request.js';
import { Public, Roles } from './access.decorators.js';
import { actingAs, AuthGuard } from './auth.guard.js';
import { Forbidden, Unauthenticated } from './auth.errors.js';

const secret = new TextEncoder().encode('unit-test-secret-long-enough-for-hs256!');

class Routes {
  @Roles('relationship_manager')
  managed(): void {}

  @Public()
  open(): void {}

  forgotten(): void {}
}

const contextFor = (handler: keyof Routes, request: ConcordRequest): ExecutionContext =>
  ({
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  }) as unknown as ExecutionContext;

const requestWith = async (...roles: Role[]): Promise<ConcordRequest> => {
  const token = await signAccessToken(secret, { subject: 'u-1', roles }, { expiresInSeconds: 60 });
  return { id: 'corr-1', method: 'POST', url: '/x', headers: { authorization: `Bearer ${token}` } };
};

describe('AuthGuard', () => {
  const guard = new AuthGuard(new Reflector(), secret);

  it('lets a holder of an allowed role through and records the actor and when its token expires', async () => {
    const request = await requestWith('relationship_manager');
    await expect(guard.canActivate(contextFor('managed', request))).resolves.toBe(true);
    expect(request.authentication?.actor).toEqual({ id: 'u-1', role: 'relationship_manager' });
    const expiresInMs = (request.authentication?.principal.expiresAt.getTime() ?? 0) - Date.now();
    expect(expiresInMs).toBeGreaterThan(58_000);
    expect(expiresInMs).toBeLessThanOrEqual(60_000);
  });

  it('refuses a route without @Roles or @Public to everyone, admin included (fail closed)', async () => {
    await expect(guard.canActivate(contextFor('forgotten', await requestWith('admin')))).rejects.toThrow(Forbidden);
  });

  it('needs no token on a public route', async () => {
    const request: ConcordRequest = { id: 'c', method: 'GET', url: '/health', headers: {} };
    await expect(guard.canActivate(contextFor('open', request))).resolves.toBe(true);
  });

  it('answers a missing token with Unauthenticated', async () => {
    const request: ConcordRequest = { id: 'c', method: 'POST', url: '/x', headers: {} };
    await expect(guard.canActivate(contextFor('managed', request))).rejects.toThrow(Unauthenticated);
  });
});

describe('actingAs', () => {
  const principal = (...roles: Role[]) => ({ subject: 's', roles });

  it.each<[Role[], Role[], Role | undefined]>([
    [['relationship_manager'], ['relationship_manager'], 'relationship_manager'],
    [['auditor', 'relationship_manager'], ['auditor'], 'auditor'],
    [['auditor', 'relationship_manager'], ['relationship_manager', 'auditor'], 'auditor'],
    [['admin', 'relationship_manager'], ['relationship_manager'], 'relationship_manager'],
    [['relationship_manager'], ['admin'], 'admin'],
    [['complaint_handler'], ['relationship_manager', 'analyst'], undefined],
    [[], ['admin'], undefined],
  ])('route %j, token %j → %s', (allowed, held, expected) => {
    expect(actingAs(principal(...held), allowed)?.role).toBe(expected);
  });
});
