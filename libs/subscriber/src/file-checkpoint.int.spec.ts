import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorruptCheckpoint, fileCheckpoint } from './file-checkpoint.js';

describe('fileCheckpoint', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'subscriber-checkpoint-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('given no file yet, then it loads nothing', async () => {
    await expect(fileCheckpoint(join(dir, 'none.json')).load()).resolves.toBeUndefined();
  });

  it('given a saved position, then a new instance on the same file loads it, folder created on the way', async () => {
    const path = join(dir, 'nested', 'alerts.checkpoint.json');
    await fileCheckpoint(path).save(41);
    await fileCheckpoint(path).save(42);
    await expect(fileCheckpoint(path).load()).resolves.toBe(42);
    expect(await readFile(path, 'utf8')).toBe('{"position":42}\n');
  });

  it.each(['', 'not json', '{"position":-1}', '{"position":"7"}', 'null'])(
    'given a file holding %j, then loading fails rather than starting over',
    async (content) => {
      const path = join(dir, 'bad.json');
      await writeFile(path, content);
      await expect(fileCheckpoint(path).load()).rejects.toBeInstanceOf(CorruptCheckpoint);
    },
  );
});
