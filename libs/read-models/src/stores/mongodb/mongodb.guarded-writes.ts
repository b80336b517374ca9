import {
  MongoBulkWriteError,
  MongoServerError,
  type AnyBulkWriteOperation,
  type BulkWriteResult,
  type Collection,
  type Document,
} from 'mongodb';
import type { StoredDocument } from './mongodb.document-codec.js';
import { ReadModelWriteConflict } from './mongodb.errors.js';
import { POSITION_FIELD } from './mongodb.naming.js';

/** A document write ready for one collection: `doc` already encoded (dates, `_position`). */
export type GuardedWrite =
  | Readonly<{ kind: 'put'; id: string; doc: Document; position: number }>
  | Readonly<{ kind: 'delete'; id: string; position: number }>;

/**
 * Statements per update or delete command. FerretDB 1.24 (SQLite) holds a connection from a pool of 100 for each
 * statement of an update command until the command ends, so a command of 100 statements never answers there; 32
 * leaves room for concurrent requests. MongoDB takes far more per round trip.
 */
export const STATEMENTS_PER_COMMAND = { ferretdb: 32, mongodb: 1000 } as const;
/** Rounds in which a write lost a race: more mean a second writer, or a unique index refusing a document. */
const MAX_ROUNDS = 5;

/**
 * Applies the writes to one collection, each only where the stored document's `_position` is lower than the
 * write's: re-running a batch after a crash, or an older write arriving late, changes nothing.
 *
 * Each round reads the stored positions of the pending documents (one query), drops the writes already applied,
 * then inserts the absent documents and replaces or deletes the older ones with `{_id, _position: {$lt: p}}` as the
 * filter. The guard stays atomic on the server: an insert that loses a race to a concurrent writer fails on the
 * `_id` index (E11000), a guarded replace or delete that loses one matches nothing; either way the next round reads
 * again and decides. Inserting rather than upserting matters on FerretDB 1.24, which cannot use its `_id` index for
 * a filter and so scans the collection for every upsert, while its inserts are checked by the index alone; and
 * reading first turns a replayed batch into one query and no writes.
 *
 * A delete removes the document only when its position is lower. No tombstone is kept, so analysts never see
 * deleted documents: a replay that re-batches differently may briefly resurrect a document from an older put, and
 * the delete, which is later in the log, removes it again when the replay reaches it.
 */
export const applyGuardedWrites = async (
  collection: Collection<StoredDocument>,
  writes: readonly GuardedWrite[],
  statementsPerCommand: number = STATEMENTS_PER_COMMAND.ferretdb,
): Promise<void> => {
  let pending = latestPerDocument(writes);
  let lastError: unknown = null;
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round += 1) {
    const stored = await storedPositions(collection, pending);
    pending = pending.filter((write) => isPending(write, stored.get(write.id)));
    if (pending.length === 0) return;
    const outcome = await writeRound(collection, pending, stored, statementsPerCommand);
    if (outcome.settled) return;
    lastError = outcome.error;
  }
  if (pending.length > 0) throw new ReadModelWriteConflict(collection.collectionName, pending.length, lastError);
};

/** Under the guard only the highest position of a document counts, so earlier writes of it need not be sent. */
const latestPerDocument = (writes: readonly GuardedWrite[]): GuardedWrite[] => {
  const latest = new Map<string, GuardedWrite>();
  for (const write of writes) {
    const known = latest.get(write.id);
    if (known === undefined || known.position < write.position) latest.set(write.id, write);
  }
  // Ascending positions: a commit interrupted part-way leaves the older writes of the batch done.
  return [...latest.values()].sort((a, b) => a.position - b.position);
};

/** A put is pending unless the document holds its position or a later one; a delete only while the document exists. */
const isPending = (write: GuardedWrite, stored: number | undefined): boolean =>
  write.kind === 'put' ? stored === undefined || stored < write.position : stored !== undefined && stored < write.position;

type RoundOutcome = Readonly<{ settled: true }> | Readonly<{ settled: false; error: unknown }>;

/** Settled when every write took effect; otherwise some lost a race and the next round decides them. */
const writeRound = async (
  collection: Collection<StoredDocument>,
  writes: readonly GuardedWrite[],
  stored: ReadonlyMap<string, number>,
  statementsPerCommand: number,
): Promise<RoundOutcome> => {
  const inserts = writes.flatMap((write) =>
    write.kind === 'put' && !stored.has(write.id) ? [{ ...write.doc, _id: write.id }] : [],
  );
  const guarded = writes.filter((write) => stored.has(write.id));
  try {
    if (inserts.length > 0) await collection.insertMany(inserts, { ordered: true });
    for (let start = 0; start < guarded.length; start += statementsPerCommand) {
      const chunk = guarded.slice(start, start + statementsPerCommand);
      const result = await collection.bulkWrite(chunk.map(toGuardedOperation), { ordered: true });
      if (!allApplied(result, chunk)) return { settled: false, error: null };
    }
    return { settled: true };
  } catch (error) {
    if (isDuplicateKey(error)) return { settled: false, error };
    throw error;
  }
};

const toGuardedOperation = (write: GuardedWrite): AnyBulkWriteOperation<StoredDocument> => {
  const filter = { _id: write.id, [POSITION_FIELD]: { $lt: write.position } };
  return write.kind === 'put' ? { replaceOne: { filter, replacement: write.doc } } : { deleteOne: { filter } };
};

const allApplied = (result: BulkWriteResult, writes: readonly GuardedWrite[]): boolean => {
  const deletes = writes.filter((write) => write.kind === 'delete').length;
  return result.matchedCount === writes.length - deletes && result.deletedCount === deletes;
};

const storedPositions = async (
  collection: Collection<StoredDocument>,
  writes: readonly GuardedWrite[],
): Promise<ReadonlyMap<string, number>> => {
  const ids = writes.map((write) => write.id);
  const stored = await collection.find({ _id: { $in: ids } }, { projection: { [POSITION_FIELD]: 1 } }).toArray();
  return new Map(stored.map((doc) => [doc._id, positionOf(doc)]));
};

/** A document without a position (written by hand) counts as older than any write. */
const positionOf = (doc: Document): number => {
  const position: unknown = doc[POSITION_FIELD];
  return typeof position === 'number' ? position : Number.NEGATIVE_INFINITY;
};

const DUPLICATE_KEY = 11000;

const isDuplicateKey = (error: unknown): boolean => {
  if (error instanceof MongoBulkWriteError) {
    const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    return writeErrors.length > 0 && writeErrors.every((writeError) => writeError.code === DUPLICATE_KEY);
  }
  return error instanceof MongoServerError && error.code === DUPLICATE_KEY;
};
