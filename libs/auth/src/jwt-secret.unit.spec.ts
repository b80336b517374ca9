import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret, SECRET_FILE_NAME, WeakJwtSecret } from './jwt-secret.js';

const freshDir = () => mkdtemp(join(tmpdir(), 'concord-auth-'));

describe('resolveJwtSecret', () => {
  it('uses the configured secret when it is long enough', async () => {
    const secret = await resolveJwtSecret({ configured: 'x'.repeat(32), dataDir: await freshDir() });
    expect(new TextDecoder().decode(secret)).toBe('x'.repeat(32));
  });

  it('refuses a short configured secret', async () => {
    await expect(resolveJwtSecret({ configured: 'short', dataDir: await freshDir() })).rejects.toBeInstanceOf(
      WeakJwtSecret,
    );
  });

  it('generates a secret once into the data folder, owner-readable only, and reuses it', async () => {
    const dataDir = join(await freshDir(), 'nested');
    const first = await resolveJwtSecret({ dataDir });
    const second = await resolveJwtSecret({ dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toEqual(first);
    const file = join(dataDir, SECRET_FILE_NAME);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(new TextEncoder().encode((await readFile(file, 'utf8')).trim())).toEqual(first);
  });

  it('agrees on one secret when two processes generate at once', async () => {
    const dataDir = await freshDir();
    const [a, b] = await Promise.all([resolveJwtSecret({ dataDir }), resolveJwtSecret({ dataDir })]);
    expect(a).toEqual(b);
  });
});
