import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenReader } from './token-source.js';

describe('tokenReader', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'alerts-token-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('given a token value, then it is the token every time', async () => {
    await expect(tokenReader({ kind: 'value', value: 'abc' })()).resolves.toBe('abc');
  });

  it('given a token file, then each read sees the file as it is now (a renewed token is picked up)', async () => {
    const path = join(dir, 'token');
    const read = tokenReader({ kind: 'file', path });
    await writeFile(path, 'first\n');
    await expect(read()).resolves.toBe('first');
    await writeFile(path, 'renewed\n');
    await expect(read()).resolves.toBe('renewed');
  });

  it('given an empty token file, then it says what to do', async () => {
    const path = join(dir, 'token');
    await writeFile(path, '\n');
    await expect(tokenReader({ kind: 'file', path })()).rejects.toThrow(/is empty: write a service token into it/);
  });
});
