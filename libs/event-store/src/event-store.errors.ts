import type { ExpectedRevision, StreamRevision } from './event-store.port.js';

/** The stream moved on since the writer read it; re-read, re-decide, retry. */
export class StreamRevisionConflict extends Error {
  readonly code = 'STREAM.REVISION_CONFLICT';

  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: StreamRevision | 'no_stream',
  ) {
    super(
      `Stream ${stream} is at revision ${String(actual)}, expected ${describe(expected)}; ` +
        're-read the stream and retry.',
    );
    this.name = 'StreamRevisionConflict';
  }
}

const describe = (expected: ExpectedRevision): string =>
  typeof expected === 'string' ? expected : String(expected.exact);
