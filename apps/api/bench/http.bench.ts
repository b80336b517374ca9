import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';

export type LoadResult = Readonly<{
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  total: number;
}>;

const loadGenerator = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'load-generator.mjs');

/** Drives `app` (already listening) from a second process: 64 connections posting contacts for `seconds`. */
export const driveContacts = async (
  app: INestApplication,
  token: string,
  customers: readonly string[],
  seconds: number,
): Promise<LoadResult> => {
  const url = await app.getUrl();
  const input = {
    url,
    token,
    paths: customers.map((id) => `/v1/customers/${id}/contacts`),
    body: { channel: 'phone', direction: 'outbound', purpose: 'follow_up', outcome: { status: 'reached' } },
    connections: 64,
    seconds,
  };
  // Thousands of paths exceed what one command-line argument may hold: hand them over in a file.
  const inputFile = join(tmpdir(), `concord-load-${process.pid}-${Date.now()}.json`);
  await writeFile(inputFile, JSON.stringify(input));
  const { stdout } = await promisify(execFile)(process.execPath, [loadGenerator, inputFile], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as LoadResult;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`The load run had ${result.non2xx} non-2xx answers and ${result.errors} errors: the figures would lie.`);
  }
  return result;
};
