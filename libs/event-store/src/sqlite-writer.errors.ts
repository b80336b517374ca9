import Database from 'better-sqlite3';
import type { ExpectedRevision, StreamRevision } from './event-store.port.js';
import { EventStoreClosed } from './event-store-closed.error.js';
import { StreamRevisionConflict } from './event-store.errors.js';

/**
 * An error as it crosses from the writer thread: structured clone would turn every error into a plain Error and
 * lose the class (and `instanceof StreamRevisionConflict` with it), so the known ones travel as data.
 */
export type SerialisedError =
  | Readonly<{ kind: 'conflict'; stream: string; expected: ExpectedRevision; actual: StreamRevision | 'no_stream' }>
  | Readonly<{ kind: 'closed'; operation: string }>
  | Readonly<{ kind: 'sqlite'; message: string; code: string }>
  | Readonly<{ kind: 'error'; name: string; message: string; stack?: string }>;

export const serialiseError = (error: unknown): SerialisedError => {
  if (error instanceof StreamRevisionConflict) {
    return { kind: 'conflict', stream: error.stream, expected: error.expected, actual: error.actual };
  }
  if (error instanceof EventStoreClosed) return { kind: 'closed', operation: error.operation };
  if (error instanceof Database.SqliteError) return { kind: 'sqlite', message: error.message, code: error.code };
  if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message, stack: error.stack };
  return { kind: 'error', name: 'Error', message: String(error) };
};

/** The error the requester sees: the same class as in the writer for the known ones, with message and code. */
export const rebuildError = (serialised: SerialisedError): Error => {
  switch (serialised.kind) {
    case 'conflict':
      return new StreamRevisionConflict(serialised.stream, serialised.expected, serialised.actual);
    case 'closed':
      return new EventStoreClosed(serialised.operation);
    case 'sqlite':
      return new Database.SqliteError(serialised.message, serialised.code);
    case 'error': {
      const error = new Error(serialised.message);
      error.name = serialised.name;
      if (serialised.stack !== undefined) error.stack = serialised.stack;
      return error;
    }
  }
};
