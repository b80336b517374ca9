import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Shortest secret accepted: HS256 keys shorter than the hash output weaken it (RFC 7518 §3.2). */
export const MIN_SECRET_BYTES = 32;

export const SECRET_FILE_NAME = 'jwt-secret';

export class WeakJwtSecret extends Error {
  constructor(length: number) {
    super(
      `CONCORD_JWT_SECRET is ${length} bytes; HS256 needs at least ${MIN_SECRET_BYTES}. ` +
        'Generate one with: node -e "console.log(require(\'node:crypto\').randomBytes(32).toString(\'base64url\'))"',
    );
    this.name = 'WeakJwtSecret';
  }
}

/**
 * The HS256 signing secret: CONCORD_JWT_SECRET when set, otherwise a random secret generated once
 * into the data folder (readable by its owner only), so a fresh machine works with no setup and
 * tokens survive restarts. The secret itself is never logged.
 */
export const resolveJwtSecret = async (options: {
  configured?: string;
  dataDir: string;
}): Promise<Uint8Array> => {
  if (options.configured !== undefined && options.configured !== '') {
    const secret = new TextEncoder().encode(options.configured);
    if (secret.length < MIN_SECRET_BYTES) throw new WeakJwtSecret(secret.length);
    return secret;
  }
  const file = join(options.dataDir, SECRET_FILE_NAME);
  const existing = await readSecretFile(file);
  if (existing) return existing;
  await mkdir(options.dataDir, { recursive: true });
  const generated = randomBytes(MIN_SECRET_BYTES).toString('base64url');
  // Written aside, then linked into place: link() is atomic and fails if another process won the
  // race, so nobody ever reads a half-written secret; the loser adopts the winner's.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, generated, { mode: 0o600 });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(draft);
  }
  const secret = await readSecretFile(file);
  if (!secret) throw new Error(`${file} is empty: delete it to have a new secret generated.`);
  return secret;
};

const readSecretFile = async (file: string): Promise<Uint8Array | undefined> => {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return text === '' ? undefined : new TextEncoder().encode(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};
