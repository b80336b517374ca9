import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryLatency } from './query-latency.js';
import type { RebuildBreakdown } from './rebuild-breakdown.js';

export type RebuildFigures = Readonly<{ threads: number; events: number; limit: number; rebuild: number; peakRssMiB: number }>;

export type ReadModelFigures = Readonly<{
  rounds: number;
  generation: Readonly<{ events: number; customers: number; generateSeconds: number; appendSeconds: number }>;
  sqlite: RebuildFigures;
  /** readAllLean + parse over the same log, events/s: what the projections' reading costs. */
  leanRead: number;
  /** The same log on one projector thread: what the threads add. */
  oneThread: RebuildFigures;
  /** The same log with the catch-up defaults before DEFAULT_CATCH_UP (100,000 documents, 10 s). */
  earlierDefaults: RebuildFigures;
  /** Each projection's fold and commit, serial on one thread, over the same log as `sqlite`. */
  breakdown: RebuildBreakdown;
  /** Null when MONGODB_URL is not set. */
  mongodb: (RebuildFigures & { sqliteSameLog: RebuildFigures }) | null;
  queries: readonly QueryLatency[];
}>;

/** Where each benchmark leaves its section of docs/benchmarks.md; tools/bench/assemble.js stitches them. */
const SECTIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '.bench');

/**
 * The rebuild target as it was set, with what read-all plus parse ran at on the machine it was set on: this run's
 * own limit scales it (these machines differ, and drift).
 */
const TARGET = { rebuildEventsPerSecond: 100_000, referenceLimitEventsPerSecond: 350_000, cores: 2 } as const;

const fmt = (value: number): string => Math.round(value).toLocaleString('en-US');
const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const seconds = (value: number): string => value.toFixed(2);
const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The breakdown's table, and the core-seconds a rebuild on `threads` threads does by its figures (each thread reads
 * the whole log), beside what the target leaves and what reading once or dropping the secondary indexes would save.
 */
const breakdownLines = ({ events, readSeconds, projections }: RebuildBreakdown, measured: RebuildFigures): string[] => {
  const sum = (pick: (cost: RebuildBreakdown['projections'][number]) => number): number =>
    projections.reduce((total, cost) => total + pick(cost), 0);
  const [fold, commit, bare] = [sum((c) => c.foldSeconds), sum((c) => c.commitSeconds), sum((c) => c.commitWithoutIndexesSeconds)];
  const { threads } = measured;
  const coreSeconds = threads * readSeconds + fold + commit;
  const leanest = readSeconds + fold + bare;
  const atBest = (work: number): string => fmt(events / (work / threads));
  const budget = (TARGET.cores * events) / TARGET.rebuildEventsPerSecond;
  return [
    "### Where a rebuild's time goes",
    '',
    'Each projection alone on one thread, over the same log: folded batch by batch (its documents loaded from the',
    'empty store and kept in memory), then committed in one transaction (derived fields, JSON text, upserts), once',
    'with its indexes and once into tables without secondary indexes. Seconds of one core, serial. Reading the log',
    `(readAllLean + upcast), the median of the ${projections.length * 2} passes: ${seconds(readSeconds)} s, paid by every thread that reads it.`,
    '',
    '| projection | documents | fold s | commit s | commit without secondary indexes s |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...projections.map(
      (c) => `| ${c.projection} | ${fmt(c.documents)} | ${seconds(c.foldSeconds)} | ${seconds(c.commitSeconds)} | ${seconds(c.commitWithoutIndexesSeconds)} |`,
    ),
    `| all five | ${fmt(sum((c) => c.documents))} | ${seconds(fold)} | ${seconds(commit)} | ${seconds(bare)} |`,
    '',
    `A rebuild on ${counted(threads, 'thread')}, each reading the whole log, does ${threads} × ${seconds(readSeconds)} + ${seconds(fold)} + ${seconds(commit)} =`,
    `${seconds(coreSeconds)} core-seconds of this work: at best ${atBest(coreSeconds)} events/s on ${counted(threads, 'core')}, against the ${fmt(measured.rebuild)} measured`,
    '(threads running at once share caches and memory bandwidth, and the slower one sets the pace).',
    `${fmt(TARGET.rebuildEventsPerSecond)} events/s leaves ${TARGET.cores} cores ${seconds(budget)} core-seconds for these ${fmt(events)} events. Reading the log once`,
    `(threads split by customer instead of by projection) and no secondary indexes would cut the work to`,
    `${seconds(leanest)} core-seconds: at best ${atBest(leanest)} events/s on ${counted(threads, 'core')}, before what running at once costs.`,
    '',
  ];
};

export const writeReport = async (figures: ReadModelFigures): Promise<void> => {
  const { rounds, generation, sqlite, leanRead, oneThread, earlierDefaults, breakdown, mongodb, queries } = figures;
  const row = (label: string, f: RebuildFigures): string =>
    `| ${label} | ${f.threads} | ${fmt(f.events)} | ${fmt(f.limit)} | ${fmt(f.rebuild)} | ${(f.rebuild / f.limit).toFixed(3)} | ${fmt(f.peakRssMiB)} |`;
  const rows = [
    row('SQLite, defaults (300,000 cached documents, commit every 60 s)', sqlite),
    row('SQLite, defaults, one projector thread', oneThread),
    row('SQLite, earlier defaults (100,000 cached documents, commit every 10 s)', earlierDefaults),
    ...(mongodb === null
      ? []
      : [
          row('SQLite, defaults, same log as MongoDB', mongodb.sqliteSameLog),
          row('MongoDB wire protocol (FerretDB 1.24, SQLite backend), defaults', mongodb),
        ]),
  ];
  const targetRatio = TARGET.rebuildEventsPerSecond / TARGET.referenceLimitEventsPerSecond;
  const scaledTarget = targetRatio * sqlite.limit;
  const measuredRatio = sqlite.rebuild / sqlite.limit;
  const lines = [
    '## Read models (libs/read-models)',
    '',
    `Medians of ${rounds} rounds. The event log: ${fmt(generation.events)} events, valid histories of`,
    `${fmt(generation.customers)} customers (about ten events each) interleaved at random, generated in`,
    `${generation.generateSeconds.toFixed(1)} s and appended through the event store in ${generation.appendSeconds.toFixed(1)} s`,
    '(2,000 concurrent single-event commands at a time).',
    '',
    '### Rebuild of all five projections',
    '',
    'The projections spread over projector threads as the API and apps/projector run them (CONCORD_PROJECTOR_THREADS,',
    'by default the cores, at most two; each thread reads the log itself), batches of 1,000 events; while catching',
    'up, documents stay in memory and are committed with the checkpoint every interval or when that many are',
    'waiting (SQLite: each projection version in a file of its own, so the threads commit at once). From position 0',
    'into an empty store, until every projection is live at the head. The limit, measured',
    'in the same run: the event store\'s `readAll` over the same log on one thread, which reads and JSON-parses',
    'every event and does nothing else. The projections read leaner (`readAllLean`: the data parsed, two fields',
    `of the metadata kept in columns of their own, no hashes): ${fmt(leanRead)} events/s over the same log in the`,
    'same run.',
    `Target on 2 cores: ≥ ${fmt(TARGET.rebuildEventsPerSecond)} events/s into SQLite, set on a machine where read-all and parse ran at`,
    `about ${fmt(TARGET.referenceLimitEventsPerSecond)} events/s: a ratio of ${targetRatio.toFixed(3)} to the limit, which this run's limit turns into`,
    `${fmt(scaledTarget)} events/s. Measured with the defaults: ${fmt(sqlite.rebuild)} events/s, a ratio of ${measuredRatio.toFixed(3)}; the target is`,
    `${measuredRatio >= targetRatio ? 'met' : 'not met'} scaled to this machine, and ${sqlite.rebuild >= TARGET.rebuildEventsPerSecond ? 'met' : 'not met'} as set.`,
    '',
    '| read store, settings | threads | events | limit: readAll + parse, events/s | rebuild, events/s | ratio to the limit | peak RSS MiB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...(mongodb === null ? ['', 'MongoDB: not measured in this run (set MONGODB_URL, e.g. FerretDB via tools/ferretdb/start-ferretdb.sh).'] : []),
    '',
    ...breakdownLines(breakdown, sqlite),
    `### Dashboard queries over ${fmt(generation.customers)} customers (SQLite)`,
    '',
    'On the read models just rebuilt: each query function as the API calls it, over the store, at a fixed `now`',
    '(counts, one page or bounded candidates read in the store; see docs/read-models.md); no HTTP. Nearest-rank',
    'percentiles of the runs listed (p99 of 20 runs is their maximum).',
    '',
    '| query | runs | p50 ms | p99 ms | answer size |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...queries.map((q) => `| ${q.query} | ${q.runs} | ${ms(q.p50)} | ${ms(q.p99)} | ${fmt(q.found)} |`),
    '',
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  await mkdir(SECTIONS_DIR, { recursive: true });
  await writeFile(join(SECTIONS_DIR, '30-read-models.md'), section);
};
