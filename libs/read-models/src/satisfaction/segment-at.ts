import type { Segment } from '@concord/contracts';
import { compareInstants } from '../metrics/time.js';
import type { SatisfactionCustomerDocument, SegmentChange } from './satisfaction.document.js';

const byTimeThenRevision = (a: SegmentChange, b: SegmentChange): number =>
  compareInstants(a.classifiedAt, b.classifiedAt) || a.revision - b.revision;

/**
 * The segment in force for a response: among the classifications recorded before it (lower revision), the latest
 * one not after the moment it was given. The revision bound makes the answer independent of what has been applied
 * since; the time bound gives a backdated response the segment of its own time.
 */
export const segmentAt = (
  customer: SatisfactionCustomerDocument | undefined,
  revision: number,
  respondedAt: string,
): Segment | null => {
  const candidates = (customer?.segments ?? []).filter(
    (change) => change.revision < revision && compareInstants(change.classifiedAt, respondedAt) <= 0,
  );
  return candidates.sort(byTimeThenRevision).at(-1)?.segment ?? null;
};
