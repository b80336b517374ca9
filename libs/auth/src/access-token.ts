import { ROLES, type Role } from '@concord/contracts';
import { errors, jwtVerify, SignJWT } from 'jose';

/** Who a verified token speaks for. */
export type Principal = Readonly<{ subject: string; roles: readonly Role[] }>;

const ALGORITHM = 'HS256';

/** Why a token was refused, in words a caller can act on; never echoes the token. */
export class InvalidAccessToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidAccessToken';
  }
}

export const signAccessToken = (
  secret: Uint8Array,
  principal: Principal,
  options: { expiresInSeconds: number; now?: Date },
): Promise<string> => {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ roles: [...principal.roles] })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.expiresInSeconds)
    .sign(secret);
};

/** Verifies signature (HS256 only), expiry and claims; throws InvalidAccessToken otherwise. */
export const verifyAccessToken = async (secret: Uint8Array, token: string): Promise<Principal> => {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, secret, { algorithms: [ALGORITHM], requiredClaims: ['exp', 'sub'] }));
  } catch (error) {
    throw new InvalidAccessToken(describe(error));
  }
  const roles = payload['roles'];
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new InvalidAccessToken(`The token's "roles" claim must be a non-empty array of: ${ROLES.join(', ')}.`);
  }
  return { subject: payload.sub as string, roles };
};

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

const describe = (error: unknown): string => {
  if (error instanceof errors.JWTExpired) return 'The token has expired; request a new one.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token lacks a valid "${error.claim}" claim.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not match this server.';
  return 'The bearer token is malformed or not signed with HS256.';
};
