import { ROLES, type Role } from '@concord/contracts';
import { signHs256, verifyHs256, type Hs256Failure } from './hs256.js';

/** Who a token speaks for. */
export type Principal = Readonly<{ subject: string; roles: readonly Role[] }>;

/**
 * A principal whose token was verified, with the moment the token stops being valid (its `exp`): whatever
 * outlives the request it authenticated (an event stream) must end by then.
 */
export type VerifiedPrincipal = Principal & Readonly<{ expiresAt: Date }>;

/** Why a token was refused, in words a caller can act on; never echoes the token. */
export class InvalidAccessToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidAccessToken';
  }
}

export const signAccessToken = async (
  secret: Uint8Array,
  principal: Principal,
  options: { expiresInSeconds: number; now?: Date },
): Promise<string> => {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return signHs256(secret, {
    sub: principal.subject,
    roles: [...principal.roles],
    iat: issuedAt,
    exp: issuedAt + options.expiresInSeconds,
  });
};

const FAILURES: Readonly<Record<Hs256Failure, string>> = {
  malformed: 'The bearer token is malformed: expected a JWT (header.payload.signature).',
  algorithm: 'The token must be signed with HS256.',
  signature: 'The token signature does not match this server.',
};

/** Verifies signature (HS256 only), expiry, not-before and claims; throws InvalidAccessToken otherwise. */
export const verifyAccessToken = async (
  secret: Uint8Array,
  token: string,
  now: Date = new Date(),
): Promise<VerifiedPrincipal> => {
  const verified = verifyHs256(secret, token);
  if ('failure' in verified) throw new InvalidAccessToken(FAILURES[verified.failure]);
  const { sub, exp, nbf, roles } = verified.claims;
  const seconds = now.getTime() / 1000;
  // A number beyond what a Date holds (1e300) would make an invalid expiry for whatever schedules on it.
  const expiresAt = new Date(typeof exp === 'number' ? exp * 1000 : Number.NaN);
  if (Number.isNaN(expiresAt.getTime())) throw new InvalidAccessToken('The token lacks a valid "exp" claim.');
  refuseExpired(expiresAt, now);
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > seconds)) {
    throw new InvalidAccessToken('The token is not valid yet ("nbf").');
  }
  if (typeof sub !== 'string' || sub === '') throw new InvalidAccessToken('The token lacks a valid "sub" claim.');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new InvalidAccessToken(`The token's "roles" claim must be a non-empty array of: ${ROLES.join(', ')}.`);
  }
  return { subject: sub, roles, expiresAt };
};

/** Refuses a token whose `exp` has passed by `now`. */
export const refuseExpired = (expiresAt: Date, now: Date): void => {
  if (expiresAt.getTime() <= now.getTime()) throw new InvalidAccessToken('The token has expired; request a new one.');
};

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
