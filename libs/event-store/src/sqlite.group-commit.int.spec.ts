import Database from 'better-sqlite3';
import type { AppendResult, EventStore } from './event-store.port.js';
import { StreamRevisionConflict } from './event-store.errors.js';
import { createSqliteEventStore, type FlushReport, type SqliteEventStoreOptions } from './sqlite.event-store.js';
import { verifyChain } from './integrity/verify-chain.js';
import { testCommandEvents, testEvent, uniqueStream } from './testing/test-events.js';
import { tempFiles } from './testing/temp-files.js';

const files = tempFiles();
const stores: EventStore[] = [];
let flushes: FlushReport[] = [];

const openStore = (options: Partial<SqliteEventStoreOptions> = {}): EventStore => {
  const onFlush = (report: FlushReport): void => void flushes.push(report);
  const store = createSqliteEventStore({ file: files.newFile(), onFlush, ...options });
  stores.push(store);
  return store;
};

beforeEach(() => {
  flushes = [];
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(() => files.removeAll());

const range = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

/** Makes inserting an event of type 'Poison' fail: ABORT fails the statement, ROLLBACK the whole transaction. */
const poison = (file: string, action: 'ABORT' | 'ROLLBACK'): void => {
  const raw = new Database(file);
  raw.exec(`CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.type = 'Poison'
    BEGIN SELECT RAISE(${action}, 'poisoned'); END`);
  raw.close();
};

const sum = (key: 'appends' | 'rejected' | 'events'): number => flushes.reduce((total, flush) => total + flush[key], 0);

describe('SQLite group commit (in the writer thread)', () => {
  it('commits 64 concurrent appends in far fewer transactions, each reported once', async () => {
    const store = openStore();
    await Promise.all(range(64).map(() => store.append(uniqueStream(), [testEvent()], 'any')));

    // The appends reach the worker in a few messages; each transaction takes every message waiting for it.
    expect(flushes.length).toBeLessThan(8);
    expect({ appends: sum('appends'), events: sum('events'), rejected: sum('rejected') }).toEqual({
      appends: 64,
      events: 64,
      rejected: 0,
    });
    expect(flushes.every((flush) => flush.durationMs > 0)).toBe(true);
  });

  it('caps the batch size and carries the rest into the next transactions', async () => {
    const store = openStore({ maxBatchSize: 10 });
    await Promise.all(range(25).map(() => store.append(uniqueStream(), [testEvent()], 'any')));

    expect(flushes.length).toBeGreaterThanOrEqual(3);
    expect(flushes.every((flush) => flush.appends <= 10)).toBe(true);
    expect(sum('appends')).toBe(25);
  });

  it('commits in this thread for :memory: and with writer "in-thread", one transaction per turn', async () => {
    for (const options of [{ file: ':memory:' }, { writer: 'in-thread' as const }]) {
      flushes = [];
      const store = openStore(options);
      await Promise.all(range(64).map(() => store.append(uniqueStream(), [testEvent()], 'any')));

      expect(flushes.map((flush) => flush.appends)).toEqual([64]);
    }
  });

  it('lets a conflicting append fail alone without burning positions', async () => {
    const store = openStore();
    const contested = uniqueStream();
    const first = await store.append(contested, [testEvent()], 'no_stream');
    flushes = [];

    const settled = await Promise.allSettled(
      range(30).map((i) =>
        i % 3 === 0
          ? store.append(contested, testCommandEvents(2), { exact: 0 })
          : store.append(uniqueStream(), [testEvent()], 'any'),
      ),
    );
    expect({ appends: sum('appends'), rejected: sum('rejected'), events: sum('events') }).toEqual({
      appends: 30,
      rejected: 9,
      events: 22,
    });
    const after = await store.append(uniqueStream(), [testEvent()], 'any');

    const rejected = settled.filter((outcome) => outcome.status === 'rejected');
    expect(rejected.every((outcome) => outcome.reason instanceof StreamRevisionConflict)).toBe(true);
    const all = await store.readAll(0, 1000);
    expect(all.map((event) => event.position)).toEqual(range(all.length).map((i) => first.position + i));
    expect(after.position).toBe(first.position + 23);
    expect(verifyChain(await store.readStream(contested)).checked).toBe(3);
  });

  it('rolls back an append that fails half-way, alone, and burns no position', async () => {
    const file = files.newFile();
    const store = openStore({ file });
    const first = await store.append(uniqueStream(), [testEvent()], 'any');
    // Fault injection through the file: the second event of one append fails after its first was inserted.
    poison(file, 'ABORT');
    flushes = [];
    const halfWay = uniqueStream();
    const commandId = 'cmd-half-way';

    const [before, failed, afterwards] = await Promise.allSettled([
      store.append(uniqueStream(), [testEvent()], 'any'),
      store.append(halfWay, [testEvent('Contacted', {}, { commandId }), testEvent('Poison', {}, { commandId })], 'any'),
      store.append(uniqueStream(), [testEvent()], 'any'),
    ]);

    expect(flushes).toEqual([expect.objectContaining({ appends: 3, rejected: 1, events: 2 })]);
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'poisoned' } });
    expect(await store.readStream(halfWay)).toEqual([]);
    expect(before).toMatchObject({ status: 'fulfilled', value: { position: first.position + 1 } });
    expect(afterwards).toMatchObject({ status: 'fulfilled', value: { position: first.position + 2 } });
    expect((await store.append(uniqueStream(), [testEvent()], 'any')).position).toBe(first.position + 3);
  });

  it('rejects every append of a batch when the transaction as a whole is rolled back', async () => {
    const file = files.newFile();
    const store = openStore({ file });
    await store.append(uniqueStream(), [testEvent()], 'any');
    poison(file, 'ROLLBACK');

    const settled = await Promise.allSettled([
      store.append(uniqueStream(), [testEvent()], 'any'),
      store.append(uniqueStream(), [testEvent('Poison')], 'any'),
      store.append(uniqueStream(), [testEvent()], 'any'),
    ]);

    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await store.headPosition()).toBe(1);
    expect((await store.append(uniqueStream(), [testEvent()], 'any')).position).toBe(2);
  });

  it('lets two appends to one stream in the same transaction see each other', async () => {
    const store = openStore();
    const stream = uniqueStream();
    const [a, b, c] = await Promise.allSettled([
      store.append(stream, [testEvent()], 'no_stream'),
      store.append(stream, [testEvent()], { exact: 0 }),
      store.append(stream, [testEvent()], 'no_stream'),
    ]);

    expect(flushes).toHaveLength(1);
    expect(a).toMatchObject({ status: 'fulfilled', value: { revision: 0 } });
    expect(b).toMatchObject({ status: 'fulfilled', value: { revision: 1 } });
    expect(c).toMatchObject({ status: 'rejected', reason: { actual: 1 } });
  });

  it('rejects every append of a batch whose transaction fails, then recovers', async () => {
    const file = files.newFile();
    const store = openStore({ file, busyTimeoutMs: 0 });
    await store.append(uniqueStream(), [testEvent()], 'any');
    const rival = new Database(file);
    rival.prepare('BEGIN IMMEDIATE').run();

    const settled = await Promise.allSettled(range(5).map(() => store.append(uniqueStream(), [testEvent()], 'any')));
    rival.prepare('ROLLBACK').run();
    rival.close();

    expect(settled.every((outcome) => outcome.status === 'rejected')).toBe(true);
    expect(settled[0]).toMatchObject({ reason: { code: 'SQLITE_BUSY' } });
    const next: AppendResult = await store.append(uniqueStream(), [testEvent()], 'any');
    expect(next.position).toBe(2);
  });
});

describe('SQLite append validation', () => {
  it('rejects an empty append and writes nothing', async () => {
    const store = openStore();
    await expect(store.append(uniqueStream(), [], 'any')).rejects.toThrow(/at least one event/);
    expect(await store.headPosition()).toBe(0);
  });

  it('rejects events of different commands in one append', async () => {
    const store = openStore();
    await expect(store.append(uniqueStream(), [testEvent(), testEvent()], 'any')).rejects.toThrow(/commandId/);
  });

  it('rejects an impossible expected revision instead of reporting a conflict', async () => {
    const store = openStore();
    await expect(store.append(uniqueStream(), [testEvent()], { exact: -1 })).rejects.toThrow(RangeError);
  });

  it('rejects data that has no JSON form, alone', async () => {
    const store = openStore();
    const good = store.append(uniqueStream(), [testEvent()], 'any');
    await expect(store.append(uniqueStream(), [testEvent('CustomerContacted', { amount: 1n })], 'any')).rejects.toThrow(
      TypeError,
    );
    await expect(good).resolves.toMatchObject({ revision: 0 });
  });
});
