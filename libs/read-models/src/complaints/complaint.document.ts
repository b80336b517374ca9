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
  /**
   * Milliseconds from receipt to decision; null while open. A whole number, so the store can count complaints per
   * exact duration and the dashboard's median and p90 stay exact.
   */
  resolutionMs: number | null;
}>;

/**
 * The dashboard counts the open and the decided complaints received in a range by everything its figures need,
 * which the first index holds in that order (SQLite counts off it without reading a document); the worklist pages
 * open ones by due date.
 */
export const COMPLAINTS_COLLECTION: CollectionDefinition = {
  name: 'complaints',
  indexes: [
    {
      fields: [
        'status',
        'receivedAt',
        'month',
        'category',
        'product',
        'severity',
        'channel',
        'extensions',
        'withinDeadline',
        'resolutionMs',
        'dueAt',
      ],
    },
    { fields: ['status', 'dueAt'] },
    { fields: ['customerId'] },
  ],
  dateFields: ['receivedAt', 'originalDueAt', 'dueAt', 'resolvedAt'],
};
