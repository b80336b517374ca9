import type { ComplaintDeadlineExtended } from '@concord/contracts';
import { addDays, businessTime, formatIsoTime, isAfter, parseIsoTime } from './business-time.js';
import { compact } from './compact.js';
import {
  ComplaintApprovalRequired,
  ComplaintApproverRecusal,
  ComplaintExtensionNotLater,
  ComplaintExtensionTooLong,
  ComplaintNoMoreExtensions,
  ComplaintSelfApproval,
} from './complaint.errors.js';
import { requireOpenComplaint, requireUninvolvedHandler } from './complaint.guards.js';
import type { CommandMeta, ExtendComplaintDeadline } from './customer.commands.js';
import type { ActiveCustomer, OpenComplaint } from './customer.state.js';
import { assertNever } from './decider.js';
import { TimeBeforeReceipt } from './time.errors.js';

/**
 * The first extension is the complex case (due at most `complexCaseMaxDays`, 30, after receipt); the second, for
 * especially complex cases, needs a superior's approval (at most `specialCaseMaxDays`, 60). There is no third.
 */
const nextExtension = (complaint: OpenComplaint): 1 | 2 => {
  switch (complaint.extensions) {
    case 0:
      return 1;
    case 1:
      return 2;
    case 2:
      throw new ComplaintNoMoreExtensions(complaint.complaintId);
    default:
      return assertNever(complaint.extensions);
  }
};

/** Approval is a second pair of eyes: it cannot come from the requester or from anyone the complaint concerns. */
const checkApproval = (
  complaint: OpenComplaint,
  extension: 1 | 2,
  approvedBy: string | undefined,
  meta: CommandMeta,
): void => {
  if (!approvedBy) {
    if (extension === 2) throw new ComplaintApprovalRequired(complaint.complaintId);
    return;
  }
  if (approvedBy === meta.actor.id) throw new ComplaintSelfApproval(approvedBy);
  if (complaint.staffInvolved.includes(approvedBy)) {
    throw new ComplaintApproverRecusal(approvedBy, complaint.complaintId);
  }
};

const checkNewDueAt = (complaint: OpenComplaint, extension: 1 | 2, newDueAt: string, meta: CommandMeta): void => {
  if (!isAfter(newDueAt, complaint.dueAt)) throw new ComplaintExtensionNotLater(newDueAt, complaint.dueAt);
  const maxDays = extension === 1 ? meta.rules.complexCaseMaxDays : meta.rules.specialCaseMaxDays;
  const latest = addDays(complaint.receivedAt, maxDays);
  if (isAfter(newDueAt, latest)) throw new ComplaintExtensionTooLong(newDueAt, latest, extension);
};

/** The customer must be told of an extension; telling them before the complaint arrived is impossible. */
const notifiedAt = (complaint: OpenComplaint, value: string | undefined, meta: CommandMeta): string | undefined => {
  if (value === undefined) return undefined;
  const time = businessTime('customerNotifiedAt', value, meta);
  if (isAfter(complaint.receivedAt, time)) {
    throw new TimeBeforeReceipt('customerNotifiedAt', time, complaint.receivedAt);
  }
  return time;
};

export const extendComplaintDeadline = (
  { data, meta }: ExtendComplaintDeadline,
  customer: ActiveCustomer,
): ComplaintDeadlineExtended[] => {
  const complaint = requireOpenComplaint(customer, data.complaintId);
  const extension = nextExtension(complaint);
  requireUninvolvedHandler(complaint, meta.actor.id);
  checkApproval(complaint, extension, data.approvedBy, meta);
  const newDueAt = formatIsoTime(parseIsoTime(data.newDueAt, 'newDueAt'));
  checkNewDueAt(complaint, extension, newDueAt, meta);
  return [
    {
      type: 'ComplaintDeadlineExtended',
      data: compact({
        customerId: customer.customerId,
        complaintId: complaint.complaintId,
        extension,
        previousDueAt: complaint.dueAt,
        newDueAt,
        reason: data.reason,
        approvedBy: data.approvedBy || undefined,
        customerNotifiedAt: notifiedAt(complaint, data.customerNotifiedAt, meta),
        extendedAt: businessTime('extendedAt', undefined, meta),
      }),
    },
  ];
};
