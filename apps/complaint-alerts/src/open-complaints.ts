import type { ComplaintSeverity } from '@concord/contracts';
import type { ConcordEvent } from '@concord/subscriber';

/** What the service remembers of a complaint until it is resolved. */
export type OpenComplaint = Readonly<{
  customerId: string;
  complaintId: string;
  severity: ComplaintSeverity;
  category: string;
  product: string;
  receivedAt: string;
  dueAt: string;
}>;

/** Open complaints by complaintKey. */
export type OpenComplaints = Readonly<Record<string, OpenComplaint>>;

/** Complaint ids are unique per customer; the key is unique across them. */
export const complaintKey = (customerId: string, complaintId: string): string => `${customerId}/${complaintId}`;

/**
 * Folds one event into the open complaints: filed → open, extended → new due date, resolved → gone. Applying an
 * event twice changes nothing, so an event delivered again after a crash (at-least-once) is harmless.
 */
export const evolveOpenComplaints = (open: OpenComplaints, event: ConcordEvent): OpenComplaints => {
  switch (event.type) {
    case 'CustomerComplained': {
      const { customerId, complaintId, severity, category, product, receivedAt, dueAt } = event.data;
      const complaint = { customerId, complaintId, severity, category, product, receivedAt, dueAt };
      return { ...open, [complaintKey(customerId, complaintId)]: complaint };
    }
    case 'ComplaintDeadlineExtended': {
      const key = complaintKey(event.data.customerId, event.data.complaintId);
      const complaint = open[key];
      return complaint === undefined ? open : { ...open, [key]: { ...complaint, dueAt: event.data.newDueAt } };
    }
    case 'ComplaintResolved': {
      const { [complaintKey(event.data.customerId, event.data.complaintId)]: _resolved, ...rest } = open;
      return rest;
    }
    default:
      return open;
  }
};
