import { SignJWT } from 'jose';
import { InvalidAccessToken, signAccessToken, verifyAccessToken } from './access-token.js';

const secret = new TextEncoder().encode('a-test-secret-that-is-at-least-32-bytes-long');
const otherSecret = new TextEncoder().encode('another-secret-that-is-at-least-32-bytes-long');

describe('access tokens', () => {
  it('round-trips subject and roles', async () => {
    const token = await signAccessToken(secret, { subject: 'alice', roles: ['auditor'] }, { expiresInSeconds: 60 });
    await expect(verifyAccessToken(secret, token)).resolves.toEqual({ subject: 'alice', roles: ['auditor'] });
  });

  it('refuses an expired token', async () => {
    const token = await signAccessToken(
      secret,
      { subject: 'alice', roles: ['auditor'] },
      { expiresInSeconds: 60, now: new Date(Date.now() - 3_600_000) },
    );
    await expect(verifyAccessToken(secret, token)).rejects.toThrow('expired');
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signAccessToken(otherSecret, { subject: 'alice', roles: ['admin'] }, { expiresInSeconds: 60 });
    await expect(verifyAccessToken(secret, token)).rejects.toThrow('signature');
  });

  it('refuses unknown roles and a missing expiry', async () => {
    const unknownRole = await new SignJWT({ roles: ['superuser'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(secret);
    await expect(verifyAccessToken(secret, unknownRole)).rejects.toThrow('"roles" claim');

    const noExpiry = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('m').sign(secret);
    await expect(verifyAccessToken(secret, noExpiry)).rejects.toBeInstanceOf(InvalidAccessToken);
  });

  it('refuses the unsigned "none" algorithm', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'm', roles: ['admin'], exp: 9_999_999_999 })).toString('base64url');
    await expect(verifyAccessToken(secret, `${header}.${body}.`)).rejects.toBeInstanceOf(InvalidAccessToken);
  });
});
