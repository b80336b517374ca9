import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fresh directories for database files, removed together at the end of the spec file. */
export type TempFiles = Readonly<{ newFile: (name?: string) => string; removeAll: () => void }>;

export const tempFiles = (): TempFiles => {
  const dirs: string[] = [];
  return {
    newFile: (name = 'events.sqlite') => {
      const dir = mkdtempSync(join(tmpdir(), 'concord-event-store-'));
      dirs.push(dir);
      return join(dir, name);
    },
    removeAll: () => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
};
