import { START as FROM_START, type Position as EventStoreDbPosition, type ReadPosition } from '@eventstore/db-client';
import { START, type Position } from '../event-store.port.js';
import { EventStorePositionUnusable } from './eventstoredb.errors.js';

/*
 * EventStoreDB places every record of its transaction log at a byte offset, and orders `$all` by (commit, prepare)
 * position. An append over gRPC writes each event as a prepare that commits itself (flags Data | IsCommitted), so
 * each event's commit position is its own log position and equals its prepare position: events of one
 * multi-event append do NOT share a commit position. Only explicit transactions (the TCP protocol's, which gRPC
 * clients cannot start) committed several prepares with one commit record, giving them one commit position and
 * telling them apart by prepare position; stream reads report no position for those at all.
 *
 * So Concord's Position is the commit position itself: ordered like `$all`, one per event, a value EventStoreDB's
 * own tools show for the same event, and one that can be handed back to the server to resume reading. An event
 * whose prepare position differs from its commit position was written by an explicit transaction; it is refused
 * loudly rather than given a position a checkpoint could skip past.
 */

/** The event's position as Concord's Position. `what` names the event in errors. */
export const toPosition = (position: EventStoreDbPosition | undefined, what: string): Position => {
  // The client reports a missing position as undefined, or as zeros when the server left the fields unset.
  if (position === undefined || (position.commit === 0n && position.prepare === 0n)) {
    throw new EventStorePositionUnusable(
      `EventStoreDB did not report the position of ${what}. Concord needs EventStoreDB 22.10 or later (or ` +
        'KurrentDB), which report positions on stream reads.',
    );
  }
  if (position.commit !== position.prepare) {
    throw new EventStorePositionUnusable(
      `${what} shares $all commit position ${String(position.commit)} with other events (its prepare position is ` +
        `${String(position.prepare)}): it was written by an explicit transaction, which Concord never uses. A ` +
        'checkpoint cannot tell such events apart; move them out of the customer- streams.',
    );
  }
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new EventStorePositionUnusable(
      `The $all position ${String(position.commit)} of ${what} exceeds ${Number.MAX_SAFE_INTEGER}, the largest ` +
        'position Concord can hold exactly (an 8 PiB transaction log); positions cannot be compressed without ' +
        'losing their order, so this store needs a migration to a fresh one.',
    );
  }
  return Number(position.commit);
};

/**
 * Where a read or subscription "after `position`" starts: the start of `$all` for START, otherwise the event at
 * that position (reads from there include it, subscriptions begin after it).
 * @throws RangeError for a position that is not a non-negative safe integer.
 */
export const toReadPosition = (position: Position): ReadPosition => {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`A position is a non-negative integer; got ${String(position)}`);
  }
  if (position === START) return FROM_START;
  return { commit: BigInt(position), prepare: BigInt(position) };
};

/** `$all` order: by commit position, then prepare position. Negative when `a` comes first. */
export const compareLogPositions = (a: EventStoreDbPosition, b: EventStoreDbPosition): number => {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
};
