import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
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

const progress = (line: string) => process.stderr.write(`${line}\n`);

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'concord-bench-'));
  const config: ConcordConfig = loadConfig({
    CONCORD_DATA_DIR: dir,
    CONCORD_LOG_LEVEL: 'silent',
    CONCORD_JWT_SECRET: randomBytes(32).toString('base64url'),
  });
  try {
    progress(`Raw durable inserts (limit), ${ROUNDS} rounds…`);
    const limit = await medianOf(ROUNDS, async () => rawDurableInsertRate(dir, 2));

    const app = await createApp(config);
    progress(`Registering ${CUSTOMERS} customers…`);
    const customers = await registerCustomers(app, CUSTOMERS);
    const commandRows = [];
    for (const writers of WRITERS) {
      progress(`Command path, ${writers} writer(s), ${ROUNDS} × ${COMMAND_SECONDS} s…`);
      const rate = await medianOf(ROUNDS, () => commandPathRate(app, customers, writers, COMMAND_SECONDS));
      commandRows.push({ writers, commandsPerSecond: round(rate), ratioToLimit: round(rate / limit, 3) });
    }

    const token = await signAccessToken(
      new TextEncoder().encode(config.jwtSecret),
      { subject: 'rm-bench', roles: ['relationship_manager'] },
      { expiresInSeconds: 3600 },
    );
    const bare = await NestFactory.create<NestFastifyApplication>(
      BareModule.forRoot(config),
      new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES }),
      { logger: false },
    );
    await bare.listen(0, '127.0.0.1');
    await app.listen(0, '127.0.0.1');
    const bareRuns: LoadResult[] = [];
    const realRuns: LoadResult[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      progress(`HTTP round ${round}/${ROUNDS}: bare endpoint, then commands, ${HTTP_SECONDS} s each…`);
      bareRuns.push(await driveContacts(bare, token, customers, HTTP_SECONDS));
      realRuns.push(await driveContacts(app, token, customers, HTTP_SECONDS));
    }
    await bare.close();
    await app.close();

    const summarise = (runs: LoadResult[]) => ({
      requestsPerSecond: round(median(runs.map((r) => r.requestsPerSecond))),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
    });
    const http = { bare: summarise(bareRuns), commands: summarise(realRuns) };
    await writeReport({ limitRowsPerSecond: round(limit), commandRows, http, rounds: ROUNDS });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
