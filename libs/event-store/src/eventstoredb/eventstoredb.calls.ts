import { ErrorType, isCommandError, type StreamingRead } from '@eventstore/db-client';
import { EventStoreAccessDenied, EventStorePositionUnusable, EventStoreUnavailable } from './eventstoredb.errors.js';

/** Failures of the node or the network that a later attempt may not meet; everything else is a bug or a setting. */
const UNAVAILABLE: ReadonlySet<ErrorType> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
]);

/**
 * The client's error as one that says what to do. Errors the adapter handles itself (wrong expected version, stream
 * not found) and unknown ones pass through unchanged.
 */
export const translateClientError = (operation: string, error: unknown): unknown => {
  if (!(error instanceof Error) || !isCommandError(error)) return error;
  if (error.type === ErrorType.ACCESS_DENIED) return new EventStoreAccessDenied(operation, { cause: error });
  if (UNAVAILABLE.has(error.type)) {
    return new EventStoreUnavailable(operation, `is unavailable: ${error.message}`, { cause: error });
  }
  if (error.type === ErrorType.UNKNOWN && /invalid position/i.test(error.message)) {
    return new EventStorePositionUnusable(
      `EventStoreDB refused to read $all from the position given (${operation}): it is no event's position in this ` +
        'store. Resume from 0 or from a position the store gave out; a checkpoint kept from another database ' +
        'cannot be used with this one.',
      { cause: error },
    );
  }
  return error;
};

/**
 * Runs one call to the client under our own timer. The client's deadline is not enough: a node that accepts the
 * connection and never answers keeps the first call waiting forever. When the timer fires, `abandon` releases
 * what the call holds (a read's stream) and the call's late outcome is ignored.
 * @throws EventStoreUnavailable after `deadlineMs`; the call's own error, translated.
 */
export const withDeadline = <T>(
  operation: string,
  deadlineMs: number,
  call: () => Promise<T>,
  abandon?: () => void,
): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      abandon?.();
      reject(EventStoreUnavailable.afterDeadline(operation, deadlineMs));
    }, deadlineMs);
    Promise.resolve()
      .then(call)
      .then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(translateClientError(operation, error));
        },
      );
  });

/** Every item of a read, the whole read under one deadline; a read given up on is cancelled. */
export const collect = <E>(operation: string, deadlineMs: number, open: () => StreamingRead<E>): Promise<E[]> => {
  let read: StreamingRead<E> | undefined;
  return withDeadline(
    operation,
    deadlineMs,
    async () => {
      read = open();
      const items: E[] = [];
      for await (const item of read) items.push(item);
      return items;
    },
    () => void read?.cancel().catch(() => undefined),
  );
};
