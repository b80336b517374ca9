// Throughput of the SQLite adapter. Three kinds of case, each for `seconds`:
// - raw: 100 prepared inserts of event rows per transaction, same table and pragmas, no adapter: the machine's limit;
// - append: N concurrent writers, each awaiting one single-event append at a time at the revision it owns;
// - command: 64 writers cycling over 10,000 customer streams, each command reading its stream (readStream), spending
//   `--work-us` of CPU (the API's own work: validation, fold, decide; 0 by default; calibrated once, then a fixed
//   amount of computation) and appending at the revision it read: the shape of the API's command path, which
//   exercises the stream cache.
// With --compare, each round also runs the 64-writer and command cases configured as the adapter was before (writer
// in-thread, no cache, SQLite's default checkpoint interval), so that both are measured under the same load.
// A benchmark, not a test: numbers vary with the disk and the machine's other load, so cases run in several
// interleaved rounds and the median of each is reported. commandIds are time-ordered (UUIDv7-like), as the API's.
// Usage: npm run build && node bench/append-throughput.bench.mjs [seconds-per-case] [rounds]
//          [--writer=worker|in-thread] [--no-cache] [--work-us=N] [--random-ids] [--compare]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createSqliteEventStore } from '../dist/index.js';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}`));
const seconds = Number(positional[0] ?? 3);
const rounds = Number(positional[1] ?? 3);
const writer = flag('writer')?.split('=')[1] ?? 'worker';
const streamCache = flag('no-cache') ? false : undefined;
const workUs = Number(flag('work-us')?.split('=')[1] ?? 0);
const randomIds = Boolean(flag('random-ids'));
const compare = Boolean(flag('compare'));
const CUSTOMERS = 10_000;

let sequence = 0;
/** Time first, then a counter and randomness: sorts by creation time, like UUIDv7. */
const timeOrderedId = () =>
  `${Date.now().toString(16).padStart(12, '0')}-${(sequence++).toString(16).padStart(8, '0')}-${randomUUID().slice(19)}`;
const commandId = () => (randomIds ? randomUUID() : timeOrderedId());
const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));

const metadata = () => ({
  eventId: commandId(),
  commandId: commandId(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
  actor: { id: 'staff-17', role: 'relationship_manager' },
  occurredAt: '2026-01-05T09:00:00.000Z',
  recordedAt: new Date().toISOString(),
  schemaVersion: 1,
});
const data = (customerId) => ({
  customerId,
  contactId: randomUUID(),
  channel: 'phone',
  direction: 'outbound',
  purpose: 'follow_up',
  outcome: 'reached',
  summary: 'Discussed the renewal of the fixed-term deposit; customer will visit the branch next week.',
  staffId: 'staff-17',
  occurredAt: '2026-01-05T09:00:00.000Z',
});
const newEvent = (customerId) => ({ type: 'CustomerContacted', data: data(customerId), metadata: metadata() });

const raw = async (file) => {
  await createSqliteEventStore({ file, writer: 'in-thread' }).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insert = db.prepare(
    'INSERT INTO events (stream, revision, type, data, metadata, hash, previous_hash, command_id) VALUES (?,?,?,?,?,?,?,?)',
  );
  // Random customer streams, as in real traffic.
  const batch = db.transaction(() => {
    for (let i = 0; i < 100; i += 1) {
      const m = metadata();
      const row = [`customer-${randomUUID()}`, 0, 'CustomerContacted', JSON.stringify(data('c')), JSON.stringify(m)];
      insert.run(...row, 'h'.repeat(64), null, m.commandId);
    }
  });
  let rows = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  while (performance.now() < end) {
    batch();
    rows += 100;
  }
  const rate = rows / ((performance.now() - started) / 1000);
  db.close();
  return { rate };
};

/** The adapter as configured on the command line, or as it was before the writer thread and the cache. */
const BEFORE = { writer: 'in-thread', streamCache: false, walAutocheckpointPages: 1000 };

const openStore = (file, variant = { writer, streamCache }) => {
  const flushes = { count: 0, appends: 0 };
  const onFlush = (report) => {
    flushes.count += 1;
    flushes.appends += report.appends;
  };
  return { store: createSqliteEventStore({ file, ...variant, onFlush }), flushes };
};

/** Runs `writers` loops of `step` for `seconds`; appends/s, mean appends per transaction, main-thread utilisation. */
const measure = async (store, flushes, writers, step) => {
  const before = { ...flushes };
  let done = 0;
  const elu = performance.eventLoopUtilization();
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: writers }, async (_, index) => {
      for (let n = index; performance.now() < end; n += writers) {
        await step(n);
        done += 1;
      }
    }),
  );
  const rate = done / ((performance.now() - started) / 1000);
  const meanBatch = (flushes.appends - before.appends) / (flushes.count - before.count);
  return { rate, meanBatch, busy: performance.eventLoopUtilization(elu).utilization };
};

const appendOnly = async (file, writers, variant) => {
  const { store, flushes } = openStore(file, variant);
  const revisions = new Map();
  const result = await measure(store, flushes, writers, async (n) => {
    const customerId = `w${n % writers}`;
    const stream = `customer-${customerId}`;
    const revision = revisions.get(stream);
    const appended = await store.append(stream, [newEvent(customerId)], revision === undefined ? 'no_stream' : { exact: revision });
    revisions.set(stream, appended.revision);
  });
  await store.close();
  return result;
};

/** A fixed amount of CPU work (not a wall-clock wait, which preemption on a shared machine would stretch). */
const burn = (iterations) => {
  let x = 0;
  for (let i = 0; i < iterations; i += 1) x = (x * 31 + i) % 1_000_003;
  return x;
};
const iterationsPerMicrosecond = (() => {
  const started = performance.now();
  burn(20_000_000);
  return 20_000_000 / ((performance.now() - started) * 1000);
})();
const workIterations = Math.round(workUs * iterationsPerMicrosecond);

const commandPath = async (file, variant) => {
  const { store, flushes } = openStore(file, variant);
  const customers = Array.from({ length: CUSTOMERS }, () => randomUUID());
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < customers.length) {
        const customerId = customers[next++];
        await store.append(`customer-${customerId}`, [newEvent(customerId)], 'no_stream');
      }
    }),
  );
  const result = await measure(store, flushes, 64, async (n) => {
    const customerId = customers[n % customers.length];
    const stream = `customer-${customerId}`;
    const history = await store.readStream(stream);
    burn(workIterations);
    await store.append(stream, [newEvent(customerId)], { exact: history.at(-1).revision });
  });
  await store.close();
  return result;
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(7);
const cases = [
  ['raw 100 rows/tx', (file) => raw(file)],
  ['1 writer', (file) => appendOnly(file, 1)],
  ['8 writers', (file) => appendOnly(file, 8)],
  ['64 writers', (file) => appendOnly(file, 64)],
  [`command path (${workUs} µs work)`, (file) => commandPath(file)],
  ...(compare
    ? [
        ['64 writers, before', (file) => appendOnly(file, 64, BEFORE)],
        ['command path, before', (file) => commandPath(file, BEFORE)],
      ]
    : []),
];
const results = new Map(cases.map(([name]) => [name, []]));
console.log(`writer=${writer} cache=${streamCache === false ? 'off' : 'on'} ids=${randomIds ? 'random' : 'time-ordered'}`);
try {
  for (let round = 1; round <= rounds; round += 1) {
    const line = [];
    for (const [name, run] of cases) {
      const result = await run(join(dir, `${results.get(name).length}-${name.replace(/\W+/g, '-')}-${round}.sqlite`));
      results.get(name).push(result.rate);
      const details = result.meanBatch === undefined ? '' : ` (${result.meanBatch.toFixed(1)}/tx, main ${Math.round(100 * result.busy)}% busy)`;
      line.push(`${name} ${fmt(result.rate)}/s${details}`);
    }
    console.log(`round ${round}: ${line.join(' | ')}`);
  }
  console.log(`median:  ${cases.map(([name]) => `${name} ${fmt(median(results.get(name)))}/s`).join(' | ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
