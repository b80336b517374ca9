import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { join } from 'node:path';

const ROWS_PER_TRANSACTION = 100;

/**
 * The machine's limit for durable writes: the rows the event store writes (same table, indexes and sizes, random
 * customer and command ids as in real traffic), inserted raw into better-sqlite3, 100 per transaction, WAL with
 * synchronous=FULL (one fsync per transaction), for `seconds`. Rows/s.
 */
export const rawDurableInsertRate = (dir: string, seconds: number): number => {
  const db = new Database(join(dir, `limit-${process.hrtime.bigint()}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (
    position INTEGER PRIMARY KEY, stream TEXT NOT NULL, revision INTEGER NOT NULL, type TEXT NOT NULL,
    data TEXT NOT NULL, metadata TEXT NOT NULL, hash TEXT NOT NULL, previous_hash TEXT, command_id TEXT NOT NULL,
    UNIQUE (stream, revision))`);
  db.exec('CREATE INDEX events_command_id ON events (command_id)');
  const insert = db.prepare(
    'INSERT INTO events (stream, revision, type, data, metadata, hash, previous_hash, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const data = JSON.stringify({ customerId: 'c', contactId: 'k', channel: 'phone', direction: 'outbound', purpose: 'follow_up', staffId: 'rm-7', occurredAt: new Date().toISOString() });
  const metadata = JSON.stringify({ eventId: 'e', commandId: 'c', correlationId: 'r', causationId: 'c', actor: { id: 'rm-7', role: 'relationship_manager' }, occurredAt: new Date().toISOString(), recordedAt: new Date().toISOString(), schemaVersion: 1 });
  const hash = 'f'.repeat(64);
  let rows = 0;
  const insertBatch = db.transaction(() => {
    for (let i = 0; i < ROWS_PER_TRANSACTION; i += 1) {
      insert.run(`customer-${randomUUID()}`, 0, 'CustomerContacted', data, metadata, hash, null, randomUUID());
    }
  });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    insertBatch();
    rows += ROWS_PER_TRANSACTION;
  }
  const elapsed = (performance.now() - started) / 1000;
  db.close();
  return rows / elapsed;
};
