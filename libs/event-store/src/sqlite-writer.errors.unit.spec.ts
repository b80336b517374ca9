import Database from 'better-sqlite3';
import { EventStoreClosed } from './event-store-closed.error.js';
import { StreamRevisionConflict } from './event-store.errors.js';
import { rebuildError, serialiseError } from './sqlite-writer.errors.js';

/** What crossing to another thread does to a serialised error. */
const acrossThreads = (error: unknown): Error => rebuildError(structuredClone(serialiseError(error)));

describe('errors from the writer thread', () => {
  it('rebuild a StreamRevisionConflict as a real one', () => {
    const rebuilt = acrossThreads(new StreamRevisionConflict('customer-1', { exact: 2 }, 5));

    expect(rebuilt).toBeInstanceOf(StreamRevisionConflict);
    expect(rebuilt).toMatchObject({ stream: 'customer-1', expected: { exact: 2 }, actual: 5 });
    expect(rebuilt.message).toBe(new StreamRevisionConflict('customer-1', { exact: 2 }, 5).message);
  });

  it('rebuild EventStoreClosed with its operation', () => {
    const rebuilt = acrossThreads(new EventStoreClosed('append to customer-1'));

    expect(rebuilt).toBeInstanceOf(EventStoreClosed);
    expect(rebuilt.message).toBe('Cannot append to customer-1: the event store is closed.');
  });

  it('rebuild SQLite errors with their message and code', () => {
    const rebuilt = acrossThreads(new Database.SqliteError('database is locked', 'SQLITE_BUSY'));

    expect(rebuilt).toBeInstanceOf(Database.SqliteError);
    expect(rebuilt).toMatchObject({ message: 'database is locked', code: 'SQLITE_BUSY' });
  });

  it('keep the name, message and stack of any other error, and describe a thrown non-error', () => {
    const original = new TypeError('no JSON form');
    const rebuilt = acrossThreads(original);

    expect(rebuilt).toMatchObject({ name: 'TypeError', message: 'no JSON form', stack: original.stack });
    expect(acrossThreads('a string')).toMatchObject({ name: 'Error', message: 'a string' });
  });
});
