import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor, Role } from '@concord/contracts';
import {
  createAccessTokenVerifier,
  InvalidAccessToken,
  type AccessTokenVerifier,
  type Principal,
  type VerifiedPrincipal,
} from '@concord/auth';
import type { ConcordRequest } from '../http/concord-request.js';
import { IS_PUBLIC, ROLES } from './access.decorators.js';
import { Forbidden, Unauthenticated } from './auth.errors.js';
import { JWT_SECRET } from './jwt-secret.provider.js';

/** RFC 6750: the scheme is case-insensitive; the token is base64url segments. */
const BEARER = /^Bearer ([A-Za-z0-9_.~+/=-]+)$/i;

/** Distinct tokens whose verification is remembered: far more than the clients one instance serves at a time. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Global guard: every route needs a valid bearer token unless `@Public()`, and one of its `@Roles` (admin passes
 * all). A route with no `@Roles` is refused: forgetting the decorator must not open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verify: AccessTokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(JWT_SECRET) secret: Uint8Array,
  ) {
    this.verify = createAccessTokenVerifier(secret, REMEMBERED_TOKENS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true) return true;

    const request = context.switchToHttp().getRequest<ConcordRequest>();
    const principal = await this.authenticate(request);
    const allowed = this.reflector.getAllAndOverride<readonly Role[] | undefined>(ROLES, targets) ?? [];
    const actor = actingAs(principal, allowed);
    if (!actor) throw new Forbidden(allowed.length === 0 ? [] : withAdmin(allowed), principal.roles);
    request.authentication = { principal, actor };
    return true;
  }

  private async authenticate(request: ConcordRequest): Promise<VerifiedPrincipal> {
    const header = request.headers.authorization;
    if (header === undefined || header === '') {
      throw new Unauthenticated('Send an access token: Authorization: Bearer <JWT>.');
    }
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (token === undefined) {
      throw new Unauthenticated('The Authorization header must be "Bearer <JWT>".', 'invalid_request');
    }
    try {
      return await this.verify(token);
    } catch (error) {
      if (error instanceof InvalidAccessToken) throw new Unauthenticated(error.message, 'invalid_token');
      throw error;
    }
  }
}

/** The first allowed role the token holds; admin when only admin lets it through; undefined when refused. */
export const actingAs = (principal: Principal, allowed: readonly Role[]): Actor | undefined => {
  if (allowed.length === 0) return undefined;
  const role = allowed.find((candidate) => principal.roles.includes(candidate));
  if (role) return { id: principal.subject, role };
  return principal.roles.includes('admin') ? { id: principal.subject, role: 'admin' } : undefined;
};

const withAdmin = (allowed: readonly Role[]): Role[] =>
  allowed.includes('admin') ? [...allowed] : [...allowed, 'admin'];
