import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact JWS with HS256 only (RFC 7515/7518), on node:crypto's HMAC: a token is checked in microseconds, where a
 * WebCrypto-based library took ~0.3 ms per request here. Only HS256 exists, so algorithm confusion ("none", RS/HS
 * swaps) cannot happen: any other `alg` is refused.
 */
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const signature = (secret: Uint8Array, signingInput: string): Buffer =>
  createHmac('sha256', secret).update(signingInput).digest();

export const signHs256 = (secret: Uint8Array, claims: Readonly<Record<string, unknown>>): string => {
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${signature(secret, signingInput).toString('base64url')}`;
};

export type Hs256Failure = 'malformed' | 'algorithm' | 'signature';

/** The token's claims when its signature is valid; otherwise why not. Claims are not interpreted here. */
export const verifyHs256 = (
  secret: Uint8Array,
  token: string,
): { claims: Record<string, unknown> } | { failure: Hs256Failure } => {
  const parts = token.split('.');
  if (parts.length !== 3) return { failure: 'malformed' };
  const [header, payload, signed] = parts as [string, string, string];
  const headerJson = parseJsonObject(header);
  if (!headerJson) return { failure: 'malformed' };
  if (headerJson['alg'] !== 'HS256') return { failure: 'algorithm' };
  const expected = signature(secret, `${header}.${payload}`);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { failure: 'signature' };
  const claims = parseJsonObject(payload);
  return claims ? { claims } : { failure: 'malformed' };
};

const parseJsonObject = (segment: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};
