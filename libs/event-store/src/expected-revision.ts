import type { ExpectedRevision, StreamRevision } from './event-store.port.js';
import { StreamRevisionConflict } from './event-store.errors.js';

/**
 * Throws StreamRevisionConflict unless a stream whose last revision is `current` (undefined: no such stream)
 * satisfies `expected`. Shared by adapters that check the expectation themselves.
 */
export const assertExpectedRevision = (
  stream: string,
  expected: ExpectedRevision,
  current: StreamRevision | undefined,
): void => {
  const satisfied =
    expected === 'any' || (expected === 'no_stream' ? current === undefined : current === expected.exact);
  if (!satisfied) throw new StreamRevisionConflict(stream, expected, current ?? 'no_stream');
};

/** Rejects an expectation no stream can ever meet (a typo, not a race): it would otherwise look like a conflict. */
export const assertValidExpectedRevision = (expected: ExpectedRevision): void => {
  if (expected === 'any' || expected === 'no_stream') return;
  const exact: unknown = typeof expected === 'object' && expected !== null ? expected.exact : undefined;
  if (typeof exact === 'number' && Number.isSafeInteger(exact) && exact >= 0) return;
  throw new RangeError(
    "Expected revision must be 'any', 'no_stream' or { exact: n } with n a non-negative integer; " +
      `got ${JSON.stringify(expected)}`,
  );
};
