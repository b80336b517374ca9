import {
  BACKWARDS,
  END,
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  type Position as LogPosition,
  type ReadPosition,
} from '@eventstore/db-client';
import { START, type Position } from '../event-store.port.js';
import { collect } from './eventstoredb.calls.js';
import type { EventStoreDbClient } from './eventstoredb.client.js';
import { recordedEventOf } from './eventstoredb.codec.js';
import { isConcordEvent } from './eventstoredb.filter.js';
import { compareLogPositions, toPosition } from './eventstoredb.position.js';

/** Small first: the common call only needs the few records written since the last one. Then larger, up to 512. */
const pageSizes = (): (() => number) => {
  let size = 8;
  return () => {
    const current = size;
    size = Math.min(size * 8, 512);
    return current;
  };
};

export type HeadFinder = Readonly<{ headPosition(): Promise<Position> }>;

/**
 * The port's headPosition: the position of the newest of Concord's events, found by reading `$all` backwards from
 * its end. The end is usually EventStoreDB's own records (statistics every few seconds, the system projections'
 * links), which this client cannot filter out on the server; so the finder remembers what it has established, "no
 * Concord event lies after `head` up to `scannedTo`", and the next call reads only what was written since. `$all`
 * only grows at its end, so that stays true. A quiet system therefore costs one short read per call, which is what
 * /health and the projectors' caught-up checks need.
 */
export const createHeadFinder = (client: EventStoreDbClient, deadlineMs: number): HeadFinder => {
  let known: Readonly<{ head: Position; scannedTo: LogPosition }> | undefined;

  const scan = async (boundary: typeof known): Promise<{ head: Position; newest: LogPosition | undefined }> => {
    let from: ReadPosition = END;
    let newest: LogPosition | undefined;
    const nextPageSize = pageSizes();
    for (;;) {
      const fromPosition: ReadPosition = from;
      const maxCount = nextPageSize();
      const page: AllStreamResolvedEvent[] = await collect('read the head of $all', deadlineMs, () =>
        client.readAll({ fromPosition, maxCount, direction: BACKWARDS, resolveLinkTos: false, deadline: deadlineMs }),
      );
      for (const item of page) {
        const event = recordedEventOf(item.event, '$all');
        newest ??= event.position;
        if (boundary !== undefined && compareLogPositions(event.position, boundary.scannedTo) <= 0) {
          return { head: boundary.head, newest };
        }
        if (isConcordEvent(event)) {
          return { head: toPosition(event.position, `event ${String(event.revision)} of ${event.streamId}`), newest };
        }
      }
      const last: AllStreamRecordedEvent | undefined = page.at(-1)?.event;
      if (page.length < maxCount || last === undefined) return { head: boundary?.head ?? START, newest };
      from = last.position;
    }
  };

  return {
    headPosition: async () => {
      const { head, newest } = await scan(known);
      // Concurrent calls may finish in any order: keep the finding that reaches furthest.
      if (newest !== undefined && (known === undefined || compareLogPositions(newest, known.scannedTo) > 0)) {
        known = { head, scannedTo: newest };
      }
      return head;
    },
  };
};
