import { streamNameFilter, type Filter } from '@eventstore/db-client';

/** The streams Concord writes: `customer-<id>` (STYLE.md), so EventStoreDB's `$ce-customer` category works as is. */
export const CONCORD_STREAM_PREFIXES: readonly string[] = ['customer-'];

/**
 * The server-side filter of subscriptions to `$all`: only Concord's streams, so system events (`$stats`, `$>` links
 * of the system projections, `$metadata`) and other applications' streams never travel to a projection. Filtering
 * by stream rather than by event type keeps out other applications that happen to use the same event names.
 */
export const concordStreamFilter = (): Filter => streamNameFilter({ prefixes: [...CONCORD_STREAM_PREFIXES] });

/**
 * The same rule on this side of the wire. Reads of `$all` need it because this client (6.2.x) sends no filter with
 * readAll (its successor, @kurrent/kurrentdb-client, does); subscriptions apply it again so a server that ignored
 * the filter still could not feed a projection a foreign event. `$`-typed events are EventStoreDB's own even in a
 * Concord stream (a deletion's `$streamDeleted` tombstone).
 */
export const isConcordEvent = (event: Readonly<{ streamId: string; type: string }>): boolean =>
  CONCORD_STREAM_PREFIXES.some((prefix) => event.streamId.startsWith(prefix)) && !event.type.startsWith('$');
