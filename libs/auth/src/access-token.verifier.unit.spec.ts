import { InvalidAccessToken, signAccessToken } from './access-token.js';
import { createAccessTokenVerifier } from './access-token.verifier.js';

const secret = new TextEncoder().encode('a-test-secret-that-is-at-least-32-bytes-long');
const otherSecret = new TextEncoder().encode('another-secret-that-is-at-least-32-bytes-long');
const issuedAt = new Date('2026-03-01T10:00:00.000Z');
const later = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);
const tokenFor = (subject: string, key = secret) =>
  signAccessToken(key, { subject, roles: ['auditor'] }, { expiresInSeconds: 60, now: issuedAt });

describe('createAccessTokenVerifier', () => {
  it('given a valid token, then its principal, the same when the token comes again', async () => {
    const verify = createAccessTokenVerifier(secret, 10);
    const token = await tokenFor('alice');

    const first = await verify(token, later(1));
    const again = await verify(token, later(2));

    expect(first).toEqual({ subject: 'alice', roles: ['auditor'], expiresAt: later(60) });
    expect(again).toBe(first);
  });

  it('given a token accepted before, when it has expired since, then it is refused', async () => {
    const verify = createAccessTokenVerifier(secret, 10);
    const token = await tokenFor('alice');
    await verify(token, later(1));

    await expect(verify(token, later(60))).rejects.toThrow(new InvalidAccessToken('The token has expired; request a new one.'));
  });

  it('given a token refused once, then it is refused again: refusals are not remembered as acceptances', async () => {
    const verify = createAccessTokenVerifier(secret, 10);
    const forged = await tokenFor('mallory', otherSecret);

    await expect(verify(forged, later(1))).rejects.toBeInstanceOf(InvalidAccessToken);
    await expect(verify(forged, later(2))).rejects.toBeInstanceOf(InvalidAccessToken);
  });

  it('given more tokens than it keeps, then the oldest is verified afresh', async () => {
    const verify = createAccessTokenVerifier(secret, 1);
    const alice = await tokenFor('alice');
    const first = await verify(alice, later(1));

    await verify(await tokenFor('bob'), later(1));
    const afresh = await verify(alice, later(2));

    expect(afresh).toEqual(first);
    expect(afresh).not.toBe(first);
  });
});
