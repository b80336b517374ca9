import Database from 'better-sqlite3';
import type { EventStore } from './event-store.port.js';
import { verifyChain } from './integrity/verify-chain.js';
import { createSqliteEventStore, type SqliteEventStoreOptions } from './sqlite.event-store.js';
import { tempFiles } from './testing/temp-files.js';
import { testCommandEvents, testEvent, uniqueStream } from './testing/test-events.js';

const files = tempFiles();
const stores: EventStore[] = [];

const openStore = (options: Partial<SqliteEventStoreOptions> = {}): EventStore => {
  const store = createSqliteEventStore({ file: files.newFile(), ...options });
  stores.push(store);
  return store;
};

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(() => files.removeAll());

/** What someone with write access to the file could do: lift the append-only trigger and rewrite an event. */
const rewriteFirstEvent = (file: string, stream: string): void => {
  const raw = new Database(file);
  raw.exec('DROP TRIGGER events_are_immutable');
  raw.prepare(`UPDATE events SET data = '{"forged":true}' WHERE stream = ? AND revision = 0`).run(stream);
  raw.close();
};

describe('SQLite stream cache', () => {
  it('serves a stream read twice from memory: the same frozen events, in an array of the caller’s own', async () => {
    const store = openStore();
    const stream = uniqueStream();
    await store.append(stream, testCommandEvents(2), 'no_stream');

    const first = await store.readStream(stream);
    first.pop();
    const second = await store.readStream(stream);

    expect(second).toHaveLength(2);
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(second[0])).toBe(true);
    expect(Object.isFrozen(second[0]!.data)).toBe(true);
    expect(Object.isFrozen(second[0]!.metadata.actor)).toBe(true);
    expect(() => Object.assign(second[0]!, { type: 'Forged' })).toThrow(TypeError);
    expect({ ...second[0]!, type: 'Copied' }).toMatchObject({ type: 'Copied', revision: 0 });
  });

  it('returns the appended events frozen too, and they are what a read returns', async () => {
    const store = openStore();
    const stream = uniqueStream();
    const result = await store.append(stream, [testEvent()], 'no_stream');

    expect(Object.isFrozen(result.events[0])).toBe(true);
    expect(await store.readStream(stream)).toEqual(result.events);
  });

  it('holds a stream once it is read whole, not when this process appends it: a busy log stays on disk', async () => {
    const store = openStore();
    const stream = uniqueStream();
    const appended = await store.append(stream, testCommandEvents(2), 'no_stream');

    const first = await store.readStream(stream);
    const partial = await store.readStream(stream, { fromRevision: 1 });
    const second = await store.readStream(stream);

    expect(first[0]).not.toBe(appended.events[0]);
    expect(first).toEqual(appended.events);
    expect(second[0]).toBe(first[0]);
    expect(partial[0]).toBe(first[1]);
  });

  it('reads a part of a stream it does not hold from storage, without holding it', async () => {
    const store = openStore();
    const stream = uniqueStream();
    await store.append(stream, testCommandEvents(3), 'no_stream');

    const partial = await store.readStream(stream, { fromRevision: 1 });
    const whole = await store.readStream(stream);
    const again = await store.readStream(stream, { fromRevision: 1 });

    expect(partial.map((event) => event.revision)).toEqual([1, 2]);
    expect(partial[0]).not.toBe(whole[1]);
    expect(again[0]).toBe(whole[1]);
  });

  it('sees appends by another instance on the same file, reading only the new events', async () => {
    const file = files.newFile();
    const [api, other] = [openStore({ file }), openStore({ file })];
    const stream = uniqueStream();
    await api.append(stream, testCommandEvents(2), 'no_stream');
    const before = await api.readStream(stream);

    await other.append(stream, [testEvent()], { exact: 1 });
    const after = await api.readStream(stream);
    const result = await api.append(stream, [testEvent()], { exact: 2 });

    expect(after.map((event) => event.revision)).toEqual([0, 1, 2]);
    expect(after[0]).toBe(before[0]);
    expect(result.revision).toBe(3);
    expect(await api.readStream(stream)).toEqual(await other.readStream(stream));
    expect(verifyChain(await api.readStream(stream))).toEqual({ valid: true, checked: 4 });
  });

  it('serves partial and backward reads of a cached stream like storage does', async () => {
    const store = openStore();
    const stream = uniqueStream();
    for (let i = 0; i < 5; i += 1) await store.append(stream, [testEvent()], 'any');
    await store.readStream(stream);

    for (const options of [
      { fromRevision: 2, maxCount: 2 },
      { direction: 'backward' as const, fromRevision: 3, maxCount: 2 },
      { direction: 'backward' as const, maxCount: 10 },
      { fromRevision: 9 },
    ]) {
      expect(await store.readStream(stream, options)).toEqual(
        await store.readStream(stream, { ...options, bypassCache: true }),
      );
    }
  });

  it('forgets everything when the schema changes, so a rewrite after dropping the triggers shows', async () => {
    const file = files.newFile();
    const store = openStore({ file });
    const stream = uniqueStream();
    await store.append(stream, testCommandEvents(2), 'no_stream');
    await store.readStream(stream);

    rewriteFirstEvent(file, stream);
    const read = await store.readStream(stream);

    expect(read[0]!.data).toEqual({ forged: true });
    expect(verifyChain(read)).toMatchObject({ valid: false, firstInvalidRevision: 0 });
  });

  it('reads storage, not the cache, with bypassCache', async () => {
    const file = files.newFile();
    const store = openStore({ file });
    const stream = uniqueStream();
    await store.append(stream, [testEvent()], 'no_stream');
    const cached = await store.readStream(stream);
    // INSERT OR REPLACE deletes without firing the DELETE trigger and changes no schema: only storage shows it.
    const raw = new Database(file);
    raw
      .prepare(
        `INSERT OR REPLACE INTO events (position, stream, revision, type, data, metadata, hash, previous_hash, command_id)
         SELECT position, stream, revision, type, '{"forged":true}', metadata, hash, previous_hash, command_id
         FROM events WHERE stream = ?`,
      )
      .run(stream);
    raw.close();

    const stored = await store.readStream(stream, { bypassCache: true });
    expect(stored[0]).not.toBe(cached[0]);
    expect(stored[0]!.data).toEqual({ forged: true });
  });

  it('evicts beyond maxStreams, least recently used first', async () => {
    const store = openStore({ streamCache: { maxStreams: 2 } });
    const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
    for (const stream of [a, b, c]) await store.append(stream, [testEvent()], 'no_stream');
    const [readA, readB] = [await store.readStream(a), await store.readStream(b)];
    await store.readStream(c);

    expect((await store.readStream(a))[0]).not.toBe(readA[0]);
    expect((await store.readStream(b))[0]).not.toBe(readB[0]);
  });

  it('can be turned off', async () => {
    const store = openStore({ streamCache: false });
    const stream = uniqueStream();
    await store.append(stream, [testEvent()], 'no_stream');

    expect((await store.readStream(stream))[0]).not.toBe((await store.readStream(stream))[0]);
  });
});
