import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Checkpoint } from './checkpoint.js';
import type { Position } from './published-event.js';

/** The checkpoint file exists but does not hold one: better to stop than to start over from the beginning. */
export class CorruptCheckpoint extends Error {
  constructor(readonly path: string) {
    super(`${path} does not hold a checkpoint ({"position": <whole number>}); fix or remove it to start over.`);
    this.name = 'CorruptCheckpoint';
  }
}

const isPosition = (value: unknown): value is Position => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * A checkpoint in a JSON file (`{"position": 42}`), created with its folder on the first save. Each save writes a
 * temporary file, flushes it to disk and renames it over the old one, so a crash leaves the old or the new position,
 * never a torn file.
 */
export const fileCheckpoint = (path: string): Checkpoint => ({
  load: async () => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let position: unknown;
    try {
      position = (JSON.parse(text) as { position?: unknown } | null)?.position;
    } catch {
      throw new CorruptCheckpoint(path);
    }
    if (!isPosition(position)) throw new CorruptCheckpoint(path);
    return position;
  },
  save: async (position) => {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(`${JSON.stringify({ position })}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  },
});
