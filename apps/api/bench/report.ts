import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Medians over the rounds, and each round's p99: the tail is what varies most from round to round. */
type Load = Readonly<{ requestsPerSecond: number; p50: number; p99: number; p99PerRound: readonly number[] }>;

/** The figures with the projections in one place: in the API process, or elsewhere. */
type Placement = Readonly<{
  label: string;
  commandRows: readonly { writers: number; commandsPerSecond: number; ratioToLimit: number }[];
  http: Load;
}>;

type Figures = Readonly<{
  limitRowsPerSecond: number;
  rounds: number;
  warmUpSeconds: number;
  bare: Load;
  placements: readonly Placement[];
}>;

/** Where each benchmark leaves its section of docs/benchmarks.md; tools/bench/run.js assembles them. */
const SECTIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.bench');

const fmt = (value: number) => value.toLocaleString('en-US');
const eachRound = (load: Load) => load.p99PerRound.join(', ');

export const writeReport = async (figures: Figures): Promise<void> => {
  const { limitRowsPerSecond, bare, placements, rounds, warmUpSeconds } = figures;
  const commandRows = placements.flatMap((placement) =>
    placement.commandRows.map(
      (row) => `| ${placement.label} | ${row.writers} | ${fmt(row.commandsPerSecond)} | ${row.ratioToLimit.toFixed(3)} |`,
    ),
  );
  const httpRows = placements.map((placement) => {
    const ratio = placement.http.requestsPerSecond / bare.requestsPerSecond;
    const { requestsPerSecond, p50, p99 } = placement.http;
    const endpoint = `contact command, projections ${placement.label}`;
    return `| ${endpoint} | ${fmt(requestsPerSecond)} | ${p50} | ${p99} | ${eachRound(placement.http)} | ${ratio.toFixed(3)} |`;
  });
  const lines = [
    '## Commands (apps/api)',
    '',
    `Medians of ${rounds} rounds. The limit of the machine, measured in the same run: raw inserts of event-shaped`,
    `rows into better-sqlite3, 100 per transaction, WAL with synchronous=FULL: **${fmt(limitRowsPerSecond)} rows/s**.`,
    '',
    'Each case runs twice: with the projections folding every command into the read models in the API process',
    '(what `npm start` runs), and with them elsewhere, as in production where apps/projector runs as its own',
    'process (here, not at all: on two cores a second process would take the same CPU).',
    '',
    '### Durable commands/s without HTTP',
    '',
    'CommandBus → handler → the customer\'s state (kept from its previous command, else read from its stream) →',
    'decide → append at that revision, acknowledged once fsynced; one event per command; each writer on its own',
    'customers (10,000 registered). Target: ≥ 15,000/s with 64 writers.',
    '',
    '| projections | concurrent writers | commands/s | ratio to the raw insert limit |',
    '| --- | ---: | ---: | ---: |',
    ...commandRows,
    '',
    '### Over HTTP',
    '',
    'autocannon in a second process, 64 connections, 10 s per run, `POST /v1/customers/:id/contacts` spread over',
    `the 10,000 customers, after ${warmUpSeconds} s of the same load on each endpoint that is not counted (code compiled`,
    'on first use, the heap growing). The bare endpoint is the same route with the same authentication, role check',
    `and DTO validation, answering without the store; it runs before every command round, ${bare.p99PerRound.length} rounds in all.`,
    'Target: ≥ 5,000 commands/s with p99 < 25 ms.',
    '',
    '| endpoint | requests/s | p50 ms | p99 ms | p99 ms of each round | ratio to bare |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| bare (validation, no store) | ${fmt(bare.requestsPerSecond)} | ${bare.p50} | ${bare.p99} | ${eachRound(bare)} | 1.000 |`,
    ...httpRows,
    '',
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  await mkdir(SECTIONS_DIR, { recursive: true });
  await writeFile(join(SECTIONS_DIR, '20-commands.md'), section);
};
