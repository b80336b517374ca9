import type { ExpectedRevision } from './event-store.port.js';
import type { AppendRequest, SerialisedEvent } from './append-request.js';
import type { AppendOutcome } from './sqlite.append-outcome.js';
import type { EventRow } from './sqlite.statements.js';
import type { SerialisedError } from './sqlite-writer.errors.js';

/**
 * Appends and their outcomes cross between the threads as flat arrays of primitives: structured clone writes every
 * property name of every object it copies, and rebuilding objects on the receiving side costs more still, while
 * strings and numbers in one array copy cheaply. Only the rare cases (duplicates, failures) carry objects.
 */
export type WireValue = string | number | null | readonly EventRow[] | SerialisedError;

const ANY = -1;
const NO_STREAM = -2;

const APPENDED = 0;
const DUPLICATE = 1;
const FAILED = 2;

/** One append's outcome as the requester receives it. */
export type WireOutcome = Readonly<{ ok: true; value: AppendOutcome }> | Readonly<{ ok: false; error: SerialisedError }>;

const encodeExpected = (expected: ExpectedRevision): number =>
  expected === 'any' ? ANY : expected === 'no_stream' ? NO_STREAM : expected.exact;

const decodeExpected = (code: number): ExpectedRevision =>
  code === ANY ? 'any' : code === NO_STREAM ? 'no_stream' : { exact: code };

/** Per append: stream, expected, commandId, event count, then type, data and metadata of each event. */
export const encodeRequests = (requests: readonly AppendRequest[]): WireValue[] => {
  const wire: WireValue[] = [];
  for (const { stream, expected, commandId, events } of requests) {
    wire.push(stream, encodeExpected(expected), commandId, events.length);
    for (const { type, dataJson, metadataJson } of events) wire.push(type, dataJson, metadataJson);
  }
  return wire;
};

export const decodeRequests = (wire: readonly WireValue[]): AppendRequest[] => {
  const requests: AppendRequest[] = [];
  let at = 0;
  const next = <T extends WireValue>(): T => wire[at++] as T;
  while (at < wire.length) {
    const stream = next<string>();
    const expected = decodeExpected(next<number>());
    const commandId = next<string>();
    const count = next<number>();
    const events: SerialisedEvent[] = [];
    for (let index = 0; index < count; index += 1) {
      events.push({ type: next<string>(), dataJson: next<string>(), metadataJson: next<string>() });
    }
    requests.push({ stream, expected, commandId, events });
  }
  return requests;
};

/** Per outcome, a tag, then: first revision, previous hash, count, positions, hashes | the rows | the error. */
export const encodeOutcomes = (outcomes: readonly WireOutcome[]): WireValue[] => {
  const wire: WireValue[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) wire.push(FAILED, outcome.error);
    else if (outcome.value.duplicate) wire.push(DUPLICATE, outcome.value.rows);
    else {
      const { firstRevision, firstPreviousHash, positions, hashes } = outcome.value;
      wire.push(APPENDED, firstRevision, firstPreviousHash, positions.length, ...positions, ...hashes);
    }
  }
  return wire;
};

export const decodeOutcomes = (wire: readonly WireValue[]): WireOutcome[] => {
  const outcomes: WireOutcome[] = [];
  let at = 0;
  const next = <T extends WireValue>(): T => wire[at++] as T;
  while (at < wire.length) {
    const tag = next<number>();
    if (tag === FAILED) outcomes.push({ ok: false, error: next<SerialisedError>() });
    else if (tag === DUPLICATE) outcomes.push({ ok: true, value: { duplicate: true, rows: next<readonly EventRow[]>() } });
    else {
      const firstRevision = next<number>();
      const firstPreviousHash = next<string | null>();
      const count = next<number>();
      const positions = wire.slice(at, at + count) as number[];
      const hashes = wire.slice(at + count, at + 2 * count) as string[];
      at += 2 * count;
      outcomes.push({ ok: true, value: { duplicate: false, firstRevision, firstPreviousHash, positions, hashes } });
    }
  }
  return outcomes;
};
