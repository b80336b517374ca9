import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EventStore } from './event-store.port.js';
import { EventStoreWriterFailed } from './event-store-writer-failed.error.js';
import { createSqliteEventStoreWith } from './sqlite.event-store.js';
import { sqliteWriterWorkerUrl } from './sqlite-writer.location.js';
import { tempFiles } from './testing/temp-files.js';
import { testEvent, uniqueStream } from './testing/test-events.js';

const files = tempFiles();
const stores: EventStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(() => files.removeAll());

/** Writes a worker script beside a fresh database file; returns both. */
const withWorker = (source: string): { file: string; workerUrl: URL } => {
  const file = files.newFile();
  const script = join(dirname(file), 'writer.worker.mjs');
  writeFileSync(script, source);
  return { file, workerUrl: pathToFileURL(script) };
};

/**
 * The real writer, made to die when it inserts into one of these streams: 'customer-exit' exits the thread in the
 * middle of the transaction; 'customer-throw' commits, then throws while answering (so what is stored is unknown to
 * the requester, as after any crash).
 */
const crashingWriter = (): { file: string; workerUrl: URL } => {
  const real = sqliteWriterWorkerUrl();
  return withWorker(`
    import { createRequire } from 'node:module';
    import { parentPort } from 'node:worker_threads';
    const Database = createRequire(${JSON.stringify(fileURLToPath(real))})('better-sqlite3');
    let crash;
    const prepare = Database.prototype.prepare;
    Database.prototype.prepare = function (source) {
      const statement = prepare.call(this, source);
      if (!source.startsWith('INSERT INTO events')) return statement;
      const run = statement.run;
      statement.run = function (event) {
        if (event.stream === 'customer-exit') process.exit(3);
        if (event.stream === 'customer-throw') crash = new Error('a bug in the writer');
        return run.call(this, event);
      };
      return statement;
    };
    const postMessage = parentPort.postMessage;
    parentPort.postMessage = function (message) {
      if (crash !== undefined) throw crash;
      return postMessage.call(this, message);
    };
    await import(${JSON.stringify(real.href)});
  `);
};

const openStore = ({ file, workerUrl }: { file: string; workerUrl: URL }): EventStore => {
  const store = createSqliteEventStoreWith({ file }, () => workerUrl);
  stores.push(store);
  return store;
};

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );

describe('SQLite writer thread that dies', () => {
  it.each([
    ['exits (process.exit) mid-transaction', 'customer-exit', /exited with code 3/, 1],
    ['throws an uncaught error after its commit', 'customer-throw', /threw: a bug in the writer/, 4],
  ])('%s: rejects the appends in flight and every later one, and reads go on', async (_, crashStream, reason, stored) => {
    const store = openStore(crashingWriter());
    const survivor = uniqueStream();
    await store.append(survivor, [testEvent()], 'no_stream');

    const inFlight = await Promise.all(
      [uniqueStream(), crashStream, uniqueStream()].map((stream) => failureOf(store.append(stream, [testEvent()], 'any'))),
    );
    const later = await failureOf(store.append(uniqueStream(), [testEvent()], 'any'));

    for (const error of [...inFlight, later]) {
      expect(error).toBeInstanceOf(EventStoreWriterFailed);
      expect(error).toMatchObject({ code: 'EVENT_STORE.WRITER_FAILED', message: expect.stringMatching(reason) });
    }
    expect(await store.readStream(survivor)).toHaveLength(1);
    // Rejected does not mean not stored: the second writer had committed before it died.
    expect(await store.readAll(0, 100)).toHaveLength(stored);
    await store.close();
  });

  it('rejects appends when the thread dies on start', async () => {
    const store = openStore(withWorker('process.exit(2);'));

    await expect(store.append(uniqueStream(), [testEvent()], 'any')).rejects.toThrow(/exited with code 2/);
    await expect(store.append(uniqueStream(), [testEvent()], 'any')).rejects.toBeInstanceOf(EventStoreWriterFailed);
  });

  it('refuses a worker built from other sources (a stale dist/)', async () => {
    const store = openStore(
      withWorker(`
        import { parentPort } from 'node:worker_threads';
        parentPort.postMessage({ kind: 'ready', protocolVersion: -1 });
        parentPort.on('message', () => undefined);
      `),
    );

    await expect(store.append(uniqueStream(), [testEvent()], 'any')).rejects.toThrow(/rebuild libs\/event-store/);
  });
});
