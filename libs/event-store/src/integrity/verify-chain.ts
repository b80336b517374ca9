import type { StoredEvent, StreamRevision } from '../event-store.port.js';
import { hashEvent } from './event-hash.js';

export type ChainVerification = Readonly<{
  valid: boolean;
  /** How many events, from revision 0 on, were found intact (all of them when valid). */
  checked: number;
  /**
   * The first revision that cannot be verified: its event was altered, is missing, is out of place, or follows an
   * altered event. Absent when valid.
   */
  firstInvalidRevision?: StreamRevision;
}>;

/**
 * Verifies one stream's full history, as read in forward order: every hash is recomputed, every previousHash must
 * equal the preceding event's hash (null at revision 0), and revisions must run 0, 1, 2… without gaps.
 * Altering any hashed field of an event breaks its own hash; recomputing that hash breaks the next event's link, so
 * only a rewrite of the whole tail goes unnoticed here — which is why auditors also keep the latest hash elsewhere.
 * An empty history is valid. Which stream was read is the caller's to check.
 */
export const verifyChain = (events: readonly StoredEvent[]): ChainVerification => {
  let previousHash: string | null = null;
  for (const [index, event] of events.entries()) {
    const intact =
      event.revision === index &&
      event.stream === events[0]?.stream &&
      event.previousHash === previousHash &&
      hashEvent(event) === event.hash;
    if (!intact) return { valid: false, checked: index, firstInvalidRevision: index };
    previousHash = event.hash;
  }
  return { valid: true, checked: events.length };
};
