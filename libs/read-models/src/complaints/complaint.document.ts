import type { Channel, ComplaintOutcome, ComplaintSeverity, IsoTime } from '@concord/contracts';
import type { CollectionDefinition } from '../projection.js';

/**
 * One per complaint, keyed by customerScopedId(customerId, complaintId): complaint ids are unique only within a
 * customer. Ids, categories and times only — no description, resolution text or staff names.
 * Whether it is overdue is not stored: that depends on when the question is asked.
 */
export type ComplaintDocument = Readonly<{
  customerId: string;
  complaintId: string;
  category: string;
  product: string;
  severity: ComplaintSeverity;
  channel: Channel;
  receivedAt: IsoTime;
  /** `YYYY-MM` of receivedAt in UTC: the month the dashboard files it under. */
  month: string;
  /** The first due date, 15 days after receipt. */
  originalDueAt: IsoTime;
  /** The due date in force, moved by extensions. */
  dueAt: IsoTime;
  extensions: 0 | 1 | 2;
  status: 'open' | 'resolved';
  resolvedAt: IsoTime | null;
  outcome: ComplaintOutcome | null;
  /** Decided by the due date then in force (as the decider recorded it); null while open. */
  withinDeadline: boolean | null;
}>;

/** The dashboard selects by receivedAt; the worklist by status and due date. */
export const COMPLAINTS_COLLECTION: CollectionDefinition = {
  name: 'complaints',
  indexes: [{ fields: ['receivedAt'] }, { fields: ['status', 'dueAt'] }, { fields: ['customerId'] }],
  dateFields: ['receivedAt', 'originalDueAt', 'dueAt', 'resolvedAt'],
};
