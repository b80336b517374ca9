import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@concord/config';
import {
  ALL_PROJECTIONS,
  createReadModelStore,
  createSqliteReadModelStore,
  type CatchUpOptions,
  type ReadModelStore,
} from '../src/index.js';
import { buildEventLog, type EventLog } from './event-log.js';
import { measureQueries } from './query-latency.js';
import { readAllRate } from './read-limit.js';
import { rebuildRate } from './rebuild-rate.js';
import { writeReport, type ReadModelFigures, type RebuildFigures } from './report.js';
import { median, medianOf, progress, round } from './stats.js';

const ROUNDS = 3;
// READ_MODELS_BENCH_EVENTS shrinks the run for a quick look; the figures in docs/benchmarks.md use the default.
const SQLITE_EVENTS = Number(process.env.READ_MODELS_BENCH_EVENTS ?? 1_000_000);
const MONGODB_EVENTS = Number(process.env.READ_MODELS_BENCH_MONGODB_EVENTS ?? 100_000);

/** What a rebuild-only projector can afford: more documents in memory, fewer commits (a crash redoes up to 60 s). */
const REBUILD_TUNED: CatchUpOptions = { cachedDocuments: 400_000, commitIntervalMs: 60_000 };

const measureRebuild = async (
  log: EventLog,
  label: string,
  openStore: (round: number) => Promise<ReadModelStore>,
  catchUp?: CatchUpOptions,
): Promise<RebuildFigures & { last: ReadModelStore }> => {
  progress(`${label}: readAll + parse of ${log.count.toLocaleString('en-US')} events (the limit), ${ROUNDS} rounds…`);
  const limit = await medianOf(ROUNDS, () => readAllRate(log.events));
  let last: ReadModelStore | undefined;
  const peaks: number[] = [];
  const rebuild = await medianOf(ROUNDS, async (round) => {
    progress(`${label}: rebuild of every projection, round ${round + 1}/${ROUNDS}…`);
    await last?.close();
    last = await openStore(round);
    const result = await rebuildRate(log.events, last, ALL_PROJECTIONS, catchUp);
    progress(`  ${Math.round(result.eventsPerSecond).toLocaleString('en-US')} events/s, peak RSS ${Math.round(result.peakRssMiB)} MiB`);
    peaks.push(result.peakRssMiB);
    return result.eventsPerSecond;
  });
  return { events: log.count, limit: round(limit), rebuild: round(rebuild), peakRssMiB: round(median(peaks)), last: last as ReadModelStore };
};

const main = async (): Promise<void> => {
  const dir = await mkdtemp(join(tmpdir(), 'concord-read-models-bench-'));
  try {
    progress(`Generating and appending ${SQLITE_EVENTS.toLocaleString('en-US')} events…`);
    const big = await buildEventLog(dir, SQLITE_EVENTS, 1);
    progress(`  generated in ${big.generateSeconds.toFixed(1)} s, appended in ${big.appendSeconds.toFixed(1)} s`);
    const sqlite = await measureRebuild(big, 'SQLite', async (round) =>
      createSqliteReadModelStore({ file: join(dir, `read-models-${round}.sqlite`) }),
    );
    progress('Dashboard queries on the last rebuild…');
    const queries = await measureQueries(sqlite.last, big.customers);
    await sqlite.last.close();
    const tuned = await measureRebuild(
      big,
      'SQLite, rebuild-tuned',
      async (round) => createSqliteReadModelStore({ file: join(dir, `read-models-tuned-${round}.sqlite`) }),
      REBUILD_TUNED,
    );
    await tuned.last.close();
    await big.events.close();

    let mongodb: ReadModelFigures['mongodb'] = null;
    const url = process.env.MONGODB_URL;
    if (url !== undefined && url !== '') {
      progress(`Generating and appending ${MONGODB_EVENTS.toLocaleString('en-US')} events for MongoDB…`);
      const small = await buildEventLog(dir, MONGODB_EVENTS, 2);
      const sqliteSame = await measureRebuild(small, 'SQLite, same log', async (round) =>
        createSqliteReadModelStore({ file: join(dir, `read-models-small-${round}.sqlite`) }),
      );
      await sqliteSame.last.close();
      const run = `${process.pid}_${Date.now().toString(36)}`;
      const mongo = await measureRebuild(small, 'MongoDB', (round) =>
        createReadModelStore({
          ...loadConfig({ MONGODB_URL: url, CONCORD_READ_STORE: 'mongodb' }),
          mongodbDatabase: `concord_bench_${run}_${round}`,
        }),
      );
      await mongo.last.close();
      await small.events.close();
      const sqliteSameLog = { events: sqliteSame.events, limit: sqliteSame.limit, rebuild: sqliteSame.rebuild, peakRssMiB: sqliteSame.peakRssMiB };
      mongodb = { events: mongo.events, limit: mongo.limit, rebuild: mongo.rebuild, peakRssMiB: mongo.peakRssMiB, sqliteSameLog };
    }

    await writeReport({
      rounds: ROUNDS,
      generation: { events: big.count, customers: big.customers, generateSeconds: big.generateSeconds, appendSeconds: big.appendSeconds },
      sqlite: { events: sqlite.events, limit: sqlite.limit, rebuild: sqlite.rebuild, peakRssMiB: sqlite.peakRssMiB },
      tuned: { events: tuned.events, limit: tuned.limit, rebuild: tuned.rebuild, peakRssMiB: tuned.peakRssMiB },
      mongodb,
      queries,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
