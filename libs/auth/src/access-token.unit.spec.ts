import { createHmac } from 'node:crypto';
import { InvalidAccessToken, signAccessToken, verifyAccessToken } from './access-token.js';

const secret = new TextEncoder().encode('a-test-secret-that-is-at-least-32-bytes-long');
const otherSecret = new TextEncoder().encode('another-secret-that-is-at-least-32-bytes-long');

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Hand-made tokens, to test what our own signer would never produce. */
const forge = (header: unknown, claims: unknown, key: Uint8Array = secret) => {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
};
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe('access tokens', () => {
  it('round-trips subject and roles, and tells when the token expires', async () => {
    const now = new Date('2026-03-01T10:00:00.700Z');
    const token = await signAccessToken(
      secret,
      { subject: 'alice', roles: ['auditor'] },
      { expiresInSeconds: 60, now },
    );
    await expect(verifyAccessToken(secret, token, now)).resolves.toEqual({
      subject: 'alice',
      roles: ['auditor'],
      expiresAt: new Date('2026-03-01T10:01:00.000Z'),
    });
  });

  it('signs tokens any standard HS256 verifier accepts', async () => {
    const token = await signAccessToken(secret, { subject: 'alice', roles: ['auditor'] }, { expiresInSeconds: 60 });
    const [header, payload, signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header as string, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')).toBe(signature);
  });

  it('refuses an expired token', async () => {
    const token = await signAccessToken(
      secret,
      { subject: 'alice', roles: ['auditor'] },
      { expiresInSeconds: 60, now: new Date(Date.now() - 3_600_000) },
    );
    await expect(verifyAccessToken(secret, token)).rejects.toThrow('expired');
  });

  it('refuses a token that is not valid yet', async () => {
    const token = forge({ alg: 'HS256' }, { sub: 'a', roles: ['admin'], exp: inAnHour(), nbf: inAnHour() - 60 });
    await expect(verifyAccessToken(secret, token)).rejects.toThrow('not valid yet');
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signAccessToken(otherSecret, { subject: 'alice', roles: ['admin'] }, { expiresInSeconds: 60 });
    await expect(verifyAccessToken(secret, token)).rejects.toThrow('signature');
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const token = await signAccessToken(secret, { subject: 'alice', roles: ['analyst'] }, { expiresInSeconds: 60 });
    const [header, , signature] = token.split('.');
    const escalated = `${header}.${b64({ sub: 'alice', roles: ['admin'], exp: inAnHour() })}.${signature}`;
    await expect(verifyAccessToken(secret, escalated)).rejects.toThrow('signature');
  });

  it('refuses unknown roles, a missing or out-of-range expiry and a missing subject', async () => {
    await expect(verifyAccessToken(secret, forge({ alg: 'HS256' }, { sub: 'm', roles: ['superuser'], exp: inAnHour() }))).rejects.toThrow(
      '"roles" claim',
    );
    await expect(verifyAccessToken(secret, forge({ alg: 'HS256' }, { sub: 'm', roles: ['admin'] }))).rejects.toThrow('"exp"');
    await expect(verifyAccessToken(secret, forge({ alg: 'HS256' }, { sub: 'm', roles: ['admin'], exp: 1e300 }))).rejects.toThrow(
      '"exp"',
    );
    await expect(verifyAccessToken(secret, forge({ alg: 'HS256' }, { roles: ['admin'], exp: inAnHour() }))).rejects.toThrow('"sub"');
  });

  it('refuses other algorithms, the unsigned "none" among them', async () => {
    const none = `${b64({ alg: 'none' })}.${b64({ sub: 'm', roles: ['admin'], exp: inAnHour() })}.`;
    await expect(verifyAccessToken(secret, none)).rejects.toThrow('HS256');
    const hs512 = forge({ alg: 'HS512' }, { sub: 'm', roles: ['admin'], exp: inAnHour() });
    await expect(verifyAccessToken(secret, hs512)).rejects.toThrow('HS256');
  });

  it.each(['', 'abc', 'a.b', 'a.b.c.d', '!!.??.**', `${b64('text')}.${b64({})}.x`])('refuses the malformed token %j', async (token) => {
    await expect(verifyAccessToken(secret, token)).rejects.toBeInstanceOf(InvalidAccessToken);
  });
});
