import type { IsoTime, Segment } from '@concord/contracts';
import type { CollectionDefinition } from '../projection.js';

/**
 * One per customer, keyed by customerId: who serves them, their segment now, and when they were last reached.
 * "Contacted in the last 30 days" is decided at query time from lastContactAt.
 */
export type CoverageCustomerDocument = Readonly<{
  customerId: string;
  status: 'active' | 'departed';
  segment: Segment | null;
  relationshipManagerId: string;
  /** The latest contact that reached the customer (see contact-rules.ts). */
  lastContactAt: IsoTime | null;
}>;

/**
 * Coverage counts active customers grouped by segment or by relationship manager, all of them and those last reached
 * since an instant: in the order of these indexes SQLite counts each group off the index while scanning it.
 */
export const CONTACT_COVERAGE_COLLECTION: CollectionDefinition = {
  name: 'contact_coverage',
  indexes: [
    { fields: ['status', 'segment', 'lastContactAt'] },
    { fields: ['status', 'relationshipManagerId', 'lastContactAt'] },
  ],
  dateFields: ['lastContactAt'],
};
