import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ConcordConfig } from '@concord/config';
import { createReadModelStore, projectorThreadConfig, type CatchUpOptions, type ReadModelStore } from '../src/index.js';
import { buildEventLog, type EventLog } from './event-log.js';
import { measureQueries } from './query-latency.js';
import { readAllLeanRate, readAllRate } from './read-limit.js';
import { measureRebuildBreakdown } from './rebuild-breakdown.js';
import { rebuildRate, type RebuildTarget } from './rebuild-rate.js';
import { writeReport, type ReadModelFigures, type RebuildFigures } from './report.js';
import { median, medianOf, progress, round } from './stats.js';

const ROUNDS = 3;
// READ_MODELS_BENCH_EVENTS shrinks the run for a quick look; the figures in docs/benchmarks.md use the default.
const SQLITE_EVENTS = Number(process.env.READ_MODELS_BENCH_EVENTS ?? 1_000_000);
const MONGODB_EVENTS = Number(process.env.READ_MODELS_BENCH_MONGODB_EVENTS ?? 100_000);

/** The catch-up defaults before DEFAULT_CATCH_UP: commits every 10 s or 100,000 changed documents. */
const EARLIER_DEFAULTS: CatchUpOptions = { cachedDocuments: 100_000, commitIntervalMs: 10_000 };

/** The projector threads' default on this machine (CONCORD_PROJECTOR_THREADS unset): what a deploy runs. */
const DEFAULT_THREADS = loadConfig({}).projectorThreads;

/** A fresh read store for one round: in its own data folder (SQLite) or database (MongoDB). */
type OpenTarget = (round: number, catchUp: CatchUpOptions | undefined) => Promise<RebuildTarget>;

const targetFor = async (log: EventLog, config: ConcordConfig, catchUp: CatchUpOptions | undefined): Promise<RebuildTarget> => {
  const settings = { eventStore: { kind: 'sqlite' as const, file: log.file }, config: projectorThreadConfig(config), catchUp };
  return { settings, store: await createReadModelStore(config) };
};

const measureRebuild = async (
  log: EventLog,
  label: string,
  openTarget: OpenTarget,
  options: Readonly<{ threads?: number; catchUp?: CatchUpOptions }> = {},
): Promise<RebuildFigures & { last: ReadModelStore }> => {
  const threads = options.threads ?? DEFAULT_THREADS;
  progress(`${label}: readAll + parse of ${log.count.toLocaleString('en-US')} events (the limit), ${ROUNDS} rounds…`);
  const limit = await medianOf(ROUNDS, () => readAllRate(log.events));
  let last: ReadModelStore | undefined;
  const peaks: number[] = [];
  const rebuild = await medianOf(ROUNDS, async (round) => {
    progress(`${label}: rebuild of every projection on ${threads} thread(s), round ${round + 1}/${ROUNDS}…`);
    await last?.close();
    const target = await openTarget(round, options.catchUp);
    last = target.store;
    const result = await rebuildRate(log.events, target, threads);
    progress(`  ${Math.round(result.eventsPerSecond).toLocaleString('en-US')} events/s, peak RSS ${Math.round(result.peakRssMiB)} MiB`);
    peaks.push(result.peakRssMiB);
    return result.eventsPerSecond;
  });
  const figures = { threads, events: log.count, limit: round(limit), rebuild: round(rebuild), peakRssMiB: round(median(peaks)) };
  return { ...figures, last: last as ReadModelStore };
};

const withoutStore = ({ last: _last, ...figures }: RebuildFigures & { last: ReadModelStore }): RebuildFigures => figures;

const main = async (): Promise<void> => {
  const dir = await mkdtemp(join(tmpdir(), 'concord-read-models-bench-'));
  try {
    progress(`Generating and appending ${SQLITE_EVENTS.toLocaleString('en-US')} events…`);
    const big = await buildEventLog(dir, SQLITE_EVENTS, 1);
    progress(`  generated in ${big.generateSeconds.toFixed(1)} s, appended in ${big.appendSeconds.toFixed(1)} s`);
    const sqliteIn = (log: EventLog, name: string): OpenTarget => (round, catchUp) =>
      targetFor(log, loadConfig({ CONCORD_DATA_DIR: join(dir, `${name}-${round}`) }), catchUp);
    const sqlite = await measureRebuild(big, 'SQLite', sqliteIn(big, 'sqlite'));
    progress(`SQLite: readAllLean of the same events (the projections' read), ${ROUNDS} rounds…`);
    const leanRead = round(await medianOf(ROUNDS, () => readAllLeanRate(big.events)));
    progress('Dashboard queries on the last rebuild…');
    const queries = await measureQueries(sqlite.last, big.customers);
    await sqlite.last.close();
    progress('SQLite: where the rebuild\'s time goes, each projection alone on this thread…');
    const breakdown = await measureRebuildBreakdown(big.events, join(dir, 'breakdown'));
    const oneThread = await measureRebuild(big, 'SQLite, one thread', sqliteIn(big, 'one-thread'), { threads: 1 });
    await oneThread.last.close();
    const earlier = await measureRebuild(big, 'SQLite, earlier defaults', sqliteIn(big, 'earlier'), { catchUp: EARLIER_DEFAULTS });
    await earlier.last.close();
    await big.events.close();

    let mongodb: ReadModelFigures['mongodb'] = null;
    const url = process.env.MONGODB_URL;
    if (url !== undefined && url !== '') {
      progress(`Generating and appending ${MONGODB_EVENTS.toLocaleString('en-US')} events for MongoDB…`);
      const small = await buildEventLog(dir, MONGODB_EVENTS, 2);
      const sqliteSame = await measureRebuild(small, 'SQLite, same log', sqliteIn(small, 'small'));
      await sqliteSame.last.close();
      const run = `${process.pid}_${Date.now().toString(36)}`;
      const mongo = await measureRebuild(small, 'MongoDB', (round, catchUp) =>
        targetFor(
          small,
          loadConfig({ MONGODB_URL: url, CONCORD_READ_STORE: 'mongodb', MONGODB_DATABASE: `concord_bench_${run}_${round}` }),
          catchUp,
        ),
      );
      await mongo.last.close();
      await small.events.close();
      mongodb = { ...withoutStore(mongo), sqliteSameLog: withoutStore(sqliteSame) };
    }

    await writeReport({
      rounds: ROUNDS,
      generation: { events: big.count, customers: big.customers, generateSeconds: big.generateSeconds, appendSeconds: big.appendSeconds },
      sqlite: withoutStore(sqlite),
      leanRead,
      oneThread: withoutStore(oneThread),
      earlierDefaults: withoutStore(earlier),
      breakdown,
      mongodb,
      queries,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
