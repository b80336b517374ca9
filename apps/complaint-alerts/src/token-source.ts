import { readFile } from 'node:fs/promises';
import type { TokenSource } from './alerts.config.js';

/** The token to connect with, read from its source each time (a token file may have been renewed meanwhile). */
export const tokenReader =
  (source: TokenSource): (() => Promise<string>) =>
  async () => {
    if (source.kind === 'value') return source.value;
    const token = (await readFile(source.path, 'utf8')).trim();
    if (token === '') throw new Error(`CONCORD_TOKEN_FILE ${source.path} is empty: write a service token into it.`);
    return token;
  };
