import { refuseExpired, verifyAccessToken, type VerifiedPrincipal } from './access-token.js';

export type AccessTokenVerifier = (token: string, now?: Date) => Promise<VerifiedPrincipal>;

/**
 * verifyAccessToken, remembering the tokens it accepted: a client sends the same token with every request until it
 * expires, and checking its signature and claims again each time costs a tenth of a small command's work. Only
 * expiry can change a verified token's fate (not-before lies behind it already), so a remembered token is checked
 * for that alone. At most `maxTokens` are kept, the oldest going first.
 */
export const createAccessTokenVerifier = (secret: Uint8Array, maxTokens: number): AccessTokenVerifier => {
  const accepted = new Map<string, VerifiedPrincipal>();
  return async (token, now = new Date()) => {
    const known = accepted.get(token);
    if (known !== undefined) {
      if (known.expiresAt.getTime() <= now.getTime()) accepted.delete(token);
      refuseExpired(known.expiresAt, now);
      return known;
    }
    const principal = await verifyAccessToken(secret, token, now);
    if (maxTokens > 0) {
      accepted.set(token, principal);
      if (accepted.size > maxTokens) accepted.delete(accepted.keys().next().value as string);
    }
    return principal;
  };
};
