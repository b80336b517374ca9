import { ComplaintAlreadyResolved, ComplaintHandlerRecusal, ComplaintNotFound } from './complaint.errors.js';
import type { CustomerRecord, OpenComplaint } from './customer.state.js';

export const requireOpenComplaint = (customer: CustomerRecord, complaintId: string): OpenComplaint => {
  const complaint = customer.complaints.get(complaintId);
  if (complaint === undefined) throw new ComplaintNotFound(complaintId);
  if (complaint.status === 'resolved') throw new ComplaintAlreadyResolved(complaintId);
  return complaint;
};

/** Handlers must have no interest in the complaint (回避): none of the staff it concerns may act on it. */
export const requireUninvolvedHandler = (complaint: OpenComplaint, staffId: string): void => {
  if (complaint.staffInvolved.includes(staffId)) throw new ComplaintHandlerRecusal(staffId, complaint.complaintId);
};
