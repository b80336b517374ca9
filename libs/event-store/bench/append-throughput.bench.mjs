// Append throughput of the SQLite adapter with N concurrent writers, each awaiting one single-event append at a
// time (a command handler's pattern: read the revision it owns, append at exactly that revision). The raw rate
// (100 prepared inserts per transaction, same table and pragmas, no adapter) is measured in the same run as the
// machine's limit. A benchmark, not a test: numbers vary with the disk.
// The machine may be shared, so cases run in several interleaved rounds; the best of each is reported too.
// With --time-ordered-ids, commandIds are time-ordered (UUIDv7-like), so the command_id index grows at its end
// instead of at random pages.
// Usage: npm run build && node bench/append-throughput.bench.mjs [seconds-per-case] [rounds] [--time-ordered-ids]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createSqliteEventStore } from '../dist/index.js';

const seconds = Number(process.argv[2] ?? 3);
const rounds = Number(process.argv[3] ?? 3);
const timeOrdered = process.argv.includes('--time-ordered-ids');
let sequence = 0;
/** Time first, then a counter and randomness: sorts by creation time, like UUIDv7. */
const timeOrderedId = () =>
  `${Date.now().toString(16).padStart(12, '0')}-${(sequence++).toString(16).padStart(8, '0')}-${randomUUID().slice(19)}`;
const commandId = () => (timeOrdered ? timeOrderedId() : randomUUID());
const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));

const metadata = () => ({
  eventId: randomUUID(),
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

const raw = (file) => {
  const store = createSqliteEventStore({ file });
  return store.close().then(() => {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const insert = db.prepare(
      'INSERT INTO events (stream, revision, type, data, metadata, hash, previous_hash, command_id) VALUES (?,?,?,?,?,?,?,?)',
    );
    // The same row pattern as the 64-writer case: 64 customer streams in turn, each at its next revision.
    const streams = Array.from({ length: 64 }, () => ({ name: `customer-${randomUUID()}`, revision: 0 }));
    const batch = db.transaction((base) => {
      for (let i = 0; i < 100; i += 1) {
        const stream = streams[(base + i) % streams.length];
        const m = metadata();
        const row = [stream.name, stream.revision++, 'CustomerContacted', JSON.stringify(data('c')), JSON.stringify(m)];
        insert.run(...row, 'h'.repeat(64), null, m.commandId);
      }
    });
    let rows = 0;
    const end = performance.now() + seconds * 1000;
    const started = performance.now();
    while (performance.now() < end) {
      batch(rows);
      rows += 100;
    }
    const rate = rows / ((performance.now() - started) / 1000);
    db.close();
    return rate;
  });
};

const concurrent = async (file, writers) => {
  let flushes = 0;
  let appendsInFlushes = 0;
  const store = createSqliteEventStore({ file, onFlush: (r) => ((flushes += 1), (appendsInFlushes += r.appends)) });
  let appends = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const customerId = randomUUID();
      const stream = `customer-${customerId}`;
      let expected = 'no_stream';
      while (performance.now() < end) {
        const result = await store.append(stream, [{ type: 'CustomerContacted', data: data(customerId), metadata: metadata() }], expected);
        expected = { exact: result.revision };
        appends += 1;
      }
    }),
  );
  const rate = appends / ((performance.now() - started) / 1000);
  await store.close();
  return { rate, meanBatch: appendsInFlushes / flushes };
};

const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(7);
const best = { raw: 0, 1: 0, 8: 0, 64: 0 };
try {
  for (let round = 1; round <= rounds; round += 1) {
    const rawRate = await raw(join(dir, `raw-${round}.sqlite`));
    best.raw = Math.max(best.raw, rawRate);
    const line = [`round ${round}: raw 100 rows/tx ${fmt(rawRate)} rows/s`];
    for (const writers of [1, 8, 64]) {
      const { rate, meanBatch } = await concurrent(join(dir, `w${writers}-${round}.sqlite`), writers);
      best[writers] = Math.max(best[writers], rate);
      line.push(`${writers} writers ${fmt(rate)}/s (${meanBatch.toFixed(1)} per tx)`);
    }
    console.log(line.join(' | '));
  }
  console.log(`best:    raw 100 rows/tx ${fmt(best.raw)} rows/s | 1 writer ${fmt(best[1])}/s | 8 writers ${fmt(best[8])}/s | 64 writers ${fmt(best[64])}/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
