import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventStore } from './event-store.port.js';
import { EventStoreClosed } from './event-store-closed.error.js';
import { StreamRevisionConflict } from './event-store.errors.js';
import { verifyChain } from './integrity/verify-chain.js';
import { createSqliteEventStore } from './sqlite.event-store.js';
import { migrateSchema, SCHEMA_VERSION } from './sqlite.schema.js';
import { collectStream } from './testing/contract-context.js';
import { testEvent, uniqueStream } from './testing/test-events.js';
import { tempFiles } from './testing/temp-files.js';

const files = tempFiles();
const stores: EventStore[] = [];

const openStore = (file: string, pollIntervalMs = 20, wakeOtherThreads = true): EventStore => {
  const store = createSqliteEventStore({ file, pollIntervalMs, wakeOtherThreads });
  stores.push(store);
  return store;
};

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(() => files.removeAll());

const range = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

describe('SQLite file', () => {
  it('creates the directory of the file and uses WAL', async () => {
    const file = join(files.newFile(), 'nested', 'dir', 'events.sqlite');
    const store = openStore(file);
    await store.append(uniqueStream(), [testEvent()], 'any');
    await store.close();

    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT max(version) AS version FROM schema_version').get()).toEqual({ version: SCHEMA_VERSION });
    raw.close();
  });

  it('copies the WAL into the database file between commits, even when the writer itself would not yet', async () => {
    const file = files.newFile();
    const store = createSqliteEventStore({ file, walAutocheckpointPages: 1_000_000 });
    stores.push(store);
    await store.append(uniqueStream(), [testEvent()], 'any');
    const sizeAtFirst = statSync(file).size;

    await Promise.all(range(500).map((i) => store.append(uniqueStream(), [testEvent('CustomerContacted', { i })], 'any')));
    let size = statSync(file).size;
    for (let waited = 0; size <= sizeAtFirst && waited < 5_000; waited += 50) {
      await sleep(50);
      size = statSync(file).size;
    }

    // 500 events do not fit the pages the file had: they reached it through a checkpoint.
    expect(size).toBeGreaterThan(sizeAtFirst + 100 * 1024);
  });

  it('still holds every acknowledged event after reopening', async () => {
    const file = files.newFile();
    const writer = openStore(file);
    const streams = range(5).map(() => uniqueStream());
    const acknowledged = await Promise.all(
      range(200).map((i) => writer.append(streams[i % 5]!, [testEvent('CustomerContacted', { i })], 'any')),
    );
    await writer.close();

    const reopened = openStore(file);
    const all = await reopened.readAll(0, 1000);
    expect(all.map((event) => event.position)).toEqual(range(200).map((i) => i + 1));
    expect(new Set(acknowledged.map((result) => result.position))).toEqual(new Set(range(200).map((i) => i + 1)));
    for (const stream of streams) {
      expect(verifyChain(await reopened.readStream(stream))).toEqual({ valid: true, checked: 40 });
    }
  });

  it('commits appends still queued when it is closed, and refuses appends afterwards', async () => {
    const file = files.newFile();
    const store = openStore(file);
    const stream = uniqueStream();
    const pending = store.append(stream, [testEvent()], 'any');
    const closing = store.close();

    await expect(pending).resolves.toMatchObject({ revision: 0 });
    await expect(store.append(stream, [testEvent()], 'any')).rejects.toBeInstanceOf(EventStoreClosed);
    await closing;
    await expect(store.readStream(stream)).rejects.toBeInstanceOf(EventStoreClosed);
    expect(await openStore(file).readStream(stream)).toHaveLength(1);
  });

  it('stops its subscriptions when closed', async () => {
    const store = openStore(files.newFile());
    const subscription = store.subscribe({ after: 0 }, async () => undefined);
    await store.close();

    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('refuses to touch events: history is append-only', async () => {
    const file = files.newFile();
    const store = openStore(file);
    await store.append(uniqueStream(), [testEvent()], 'any');
    const raw = new Database(file);

    expect(() => raw.prepare("UPDATE events SET type = 'Forged'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    raw.close();
  });

  it('migrates a file of schema version 1, whose events lean reads still take from their metadata', async () => {
    const file = files.newFile();
    const raw = new Database(file);
    migrateSchema(raw, 1);
    const old = { schemaVersion: 1, recordedAt: '2026-01-02T03:04:05.000Z' };
    raw
      .prepare('INSERT INTO events (stream, revision, type, data, metadata, hash, command_id) VALUES (?, 0, ?, ?, ?, ?, ?)')
      .run('customer-old', 'CustomerRegistered', '{}', JSON.stringify({ ...old, commandId: 'c-old' }), 'h', 'c-old');
    raw.close();

    const store = openStore(file);
    await store.append('customer-new', [testEvent()], 'no_stream');
    const [before, after] = await store.readAllLean(0, 10);
    const [, stored] = await store.readAll(0, 10);

    expect([before?.schemaVersion, before?.recordedAt]).toEqual([old.schemaVersion, old.recordedAt]);
    expect([after?.schemaVersion, after?.recordedAt]).toEqual([stored?.metadata.schemaVersion, stored?.metadata.recordedAt]);
    const check = new Database(file, { readonly: true });
    expect(check.prepare('SELECT event_schema_version, recorded_at FROM events ORDER BY position').raw().all()).toEqual([
      [null, null],
      [stored?.metadata.schemaVersion, stored?.metadata.recordedAt],
    ]);
    expect(check.prepare('SELECT max(version) FROM schema_version').pluck().get()).toBe(SCHEMA_VERSION);
    check.close();
  });

  it('refuses a file written by a newer schema version', async () => {
    const file = files.newFile();
    await openStore(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')").run();
    raw.close();

    expect(() => createSqliteEventStore({ file })).toThrow(/schema version 99 is newer/);
  });
});

describe('SQLite subscriptions', () => {
  it('wake up on an append in this process without waiting for the poll', async () => {
    const store = openStore(files.newFile(), 60_000);
    const stream = uniqueStream();
    const collector = collectStream(stream);
    const subscription = store.subscribe({ after: 0 }, collector.handler);

    await store.append(stream, [testEvent()], 'any');
    await collector.untilReceived(1);
    await subscription.stop();
    expect(collector.received).toHaveLength(1);
  });

  it('wake up on an append by another store of this process on the same file (a worker thread) at once', async () => {
    const file = files.newFile();
    const [api, projector] = [openStore(file, 60_000), openStore(file, 60_000)];
    const stream = uniqueStream();
    const collector = collectStream(stream);
    const subscription = projector.subscribe({ after: 0 }, collector.handler);

    // With an hour-long poll, only the wake-up can deliver the event before the test's timeout.
    await api.append(stream, [testEvent()], 'any');
    await collector.untilReceived(1);
    await subscription.stop();
    expect(collector.received).toEqual(await api.readStream(stream));
  });
});

describe('SQLite shared by two processes (two store instances on one file)', () => {
  it('delivers appends of the other instance to a subscription by polling', async () => {
    const file = files.newFile();
    // No wake-up between them: as between processes, only polling can deliver.
    const [api, projector] = [openStore(file, 20, false), openStore(file, 20, false)];
    const stream = uniqueStream();
    const collector = collectStream(stream);
    const subscription = projector.subscribe({ after: 0 }, collector.handler);

    for (let i = 0; i < 3; i += 1) await api.append(stream, [testEvent()], 'any');
    await collector.untilReceived(3);
    await subscription.stop();

    expect(collector.received).toEqual(await api.readStream(stream));
  });

  it('keeps revisions, conflicts and positions consistent across instances', async () => {
    const file = files.newFile();
    const [a, b] = [openStore(file), openStore(file)];
    const stream = uniqueStream();
    await a.append(stream, [testEvent()], 'no_stream');
    await b.append(stream, [testEvent()], { exact: 0 });

    await expect(a.append(stream, [testEvent()], { exact: 0 })).rejects.toBeInstanceOf(StreamRevisionConflict);
    await Promise.all(range(20).map((i) => (i % 2 === 0 ? a : b).append(stream, [testEvent()], 'any')));
    const history = await b.readStream(stream);
    expect(verifyChain(history)).toEqual({ valid: true, checked: 22 });
    expect(history.map((event) => event.position)).toEqual(range(22).map((i) => i + 1));
  });
});
