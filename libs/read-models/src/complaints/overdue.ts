import type { ComplaintDocument } from './complaint.document.js';

/**
 * Open and past the due date in force at `now`. A decision exactly at the due date is on time (the decider's rule),
 * so a complaint is overdue only strictly after it.
 */
export const isOverdueAt = (complaint: Pick<ComplaintDocument, 'status' | 'dueAt'>, now: string): boolean =>
  complaint.status === 'open' && Date.parse(now) > Date.parse(complaint.dueAt);
