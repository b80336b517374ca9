import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { signAccessToken } from '@concord/auth';
import { loadConfig, type ConcordConfig } from '@concord/config';
import { BODY_LIMIT_BYTES, createApp } from '../dist/create-app.js';
import { BareModule } from './bare.module.js';
import { commandPathRate, registerCustomers } from './command-path.bench.js';
import { driveContacts, type LoadResult } from './http.bench.js';
import { rawDurableInsertRate } from './machine-limit.js';
import { writeReport } from './report.js';
import { median, medianOf, round } from './stats.js';

const ROUNDS = 3;
const WRITERS = [1, 8, 64] as const;
const CUSTOMERS = 10_000;
const COMMAND_SECONDS = 3;
const HTTP_SECONDS = 10;
/**
 * Load before the measured HTTP rounds, not counted: the first seconds of load on a started app carry one-off costs
 * (code compiled on first use, the heap growing to its working size) that showed as 15–30 ms pauses of the event
 * loop, and only in a placement's first round.
 */
const WARM_UP_SECONDS = 3;

const progress = (line: string) => process.stderr.write(`${line}\n`);

/** Where the projections run while commands are measured: in this process (npm start) or in another. */
const PLACEMENTS = [
  { projector: 'embedded', label: 'in the API process (CONCORD_PROJECTOR=embedded, the default)' },
  { projector: 'external', label: 'elsewhere (CONCORD_PROJECTOR=external, as in docker/)' },
] as const;

const summarise = (runs: LoadResult[]) => ({
  requestsPerSecond: round(median(runs.map((r) => r.requestsPerSecond))),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  p99PerRound: runs.map((r) => r.p99),
});

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'concord-bench-'));
  const secret = randomBytes(32).toString('base64url');
  const configIn = (folder: string, projector: string): ConcordConfig =>
    loadConfig({ CONCORD_DATA_DIR: join(dir, folder), CONCORD_LOG_LEVEL: 'silent', CONCORD_JWT_SECRET: secret, CONCORD_PROJECTOR: projector });
  try {
    progress(`Raw durable inserts (limit), ${ROUNDS} rounds…`);
    await mkdir(join(dir, 'limit'));
    const limit = await medianOf(ROUNDS, async () => rawDurableInsertRate(join(dir, 'limit'), 2));

    const token = await signAccessToken(
      new TextEncoder().encode(secret),
      { subject: 'rm-bench', roles: ['relationship_manager'] },
      { expiresInSeconds: 3600 },
    );
    const bare = await NestFactory.create<NestFastifyApplication>(
      BareModule.forRoot(configIn('bare', 'external')),
      new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES }),
      { logger: false },
    );
    await bare.listen(0, '127.0.0.1');
    const bareRuns: LoadResult[] = [];
    const placements = [];
    for (const placement of PLACEMENTS) {
      const app = await createApp(configIn(placement.projector, placement.projector));
      progress(`Projections ${placement.label}: registering ${CUSTOMERS} customers…`);
      const customers = await registerCustomers(app, CUSTOMERS);
      const commandRows = [];
      for (const writers of WRITERS) {
        progress(`  command path, ${writers} writer(s), ${ROUNDS} × ${COMMAND_SECONDS} s…`);
        const rate = await medianOf(ROUNDS, () => commandPathRate(app, customers, writers, COMMAND_SECONDS));
        commandRows.push({ writers, commandsPerSecond: round(rate), ratioToLimit: round(rate / limit, 3) });
      }
      await app.listen(0, '127.0.0.1');
      progress(`  HTTP warm-up: bare endpoint, then commands, ${WARM_UP_SECONDS} s each, not counted…`);
      await driveContacts(bare, token, customers, WARM_UP_SECONDS);
      await driveContacts(app, token, customers, WARM_UP_SECONDS);
      const runs: LoadResult[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        progress(`  HTTP round ${round}/${ROUNDS}: bare endpoint, then commands, ${HTTP_SECONDS} s each…`);
        bareRuns.push(await driveContacts(bare, token, customers, HTTP_SECONDS));
        runs.push(await driveContacts(app, token, customers, HTTP_SECONDS));
      }
      await app.close();
      placements.push({ label: placement.label, commandRows, http: summarise(runs) });
    }
    await bare.close();
    await writeReport({
      limitRowsPerSecond: round(limit),
      bare: summarise(bareRuns),
      placements,
      rounds: ROUNDS,
      warmUpSeconds: WARM_UP_SECONDS,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
