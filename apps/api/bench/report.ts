import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Figures = Readonly<{
  limitRowsPerSecond: number;
  rounds: number;
  commandRows: readonly { writers: number; commandsPerSecond: number; ratioToLimit: number }[];
  http: Readonly<{
    bare: { requestsPerSecond: number; p50: number; p99: number };
    commands: { requestsPerSecond: number; p50: number; p99: number };
  }>;
}>;

/** Where each benchmark leaves its section of docs/benchmarks.md; tools/bench/run.js assembles them. */
const SECTIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.bench');

const fmt = (value: number) => value.toLocaleString('en-US');

export const writeReport = async (figures: Figures): Promise<void> => {
  const { limitRowsPerSecond, commandRows, http, rounds } = figures;
  const httpRatio = http.commands.requestsPerSecond / http.bare.requestsPerSecond;
  const lines = [
    '## Commands (apps/api)',
    '',
    `Medians of ${rounds} rounds. The limit of the machine, measured in the same run: raw inserts of event-shaped`,
    `rows into better-sqlite3, 100 per transaction, WAL with synchronous=FULL: **${fmt(limitRowsPerSecond)} rows/s**.`,
    '',
    '### Durable commands/s without HTTP',
    '',
    'CommandBus → handler → read the customer\'s stream → decide → append, acknowledged once fsynced; one event',
    'per command; each writer on its own customers (10,000 registered). Target: ≥ 15,000/s with 64 writers.',
    '',
    '| concurrent writers | commands/s | ratio to the raw insert limit |',
    '| ---: | ---: | ---: |',
    ...commandRows.map((row) => `| ${row.writers} | ${fmt(row.commandsPerSecond)} | ${row.ratioToLimit.toFixed(3)} |`),
    '',
    '### Over HTTP',
    '',
    'autocannon in a second process, 64 connections, 10 s per run, `POST /v1/customers/:id/contacts` spread over',
    'the 10,000 customers. The bare endpoint is the same route with the same authentication, role check and DTO',
    'validation, answering without the store. Target: ≥ 5,000 commands/s with p99 < 25 ms.',
    '',
    '| endpoint | requests/s | p50 ms | p99 ms | ratio to bare |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| bare (validation, no store) | ${fmt(http.bare.requestsPerSecond)} | ${http.bare.p50} | ${http.bare.p99} | 1.000 |`,
    `| contact command | ${fmt(http.commands.requestsPerSecond)} | ${http.commands.p50} | ${http.commands.p99} | ${httpRatio.toFixed(3)} |`,
    '',
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  await mkdir(SECTIONS_DIR, { recursive: true });
  await writeFile(join(SECTIONS_DIR, '20-commands.md'), section);
};
