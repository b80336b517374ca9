import type { ComplaintResolved, CustomerComplained } from '@concord/contracts';
import { addDays, isAfter } from './business-time.js';
import { compact } from './compact.js';
import {
  ComplaintDuplicateId,
  ComplaintUnknownCategory,
  ComplaintUnknownProduct,
} from './complaint.errors.js';
import { requireOpenComplaint, requireUninvolvedHandler } from './complaint.guards.js';
import type { FileComplaint, ResolveComplaint } from './customer.commands.js';
import { timeSinceRegistration } from './customer.guards.js';
import type { ActiveCustomer } from './customer.state.js';
import { TimeBeforeReceipt } from './time.errors.js';

/** The decision is due `complaintDecisionDays` (15) days after receipt, not after the complaint was recorded. */
export const fileComplaint = ({ data, meta }: FileComplaint, customer: ActiveCustomer): CustomerComplained[] => {
  const { categories, products } = meta.rules.taxonomy;
  if (customer.complaints.has(data.complaintId)) throw new ComplaintDuplicateId(data.complaintId);
  if (!categories.includes(data.category)) throw new ComplaintUnknownCategory(data.category);
  if (!products.includes(data.product)) throw new ComplaintUnknownProduct(data.product);
  const receivedAt = timeSinceRegistration(customer, 'receivedAt', data.receivedAt, meta);
  return [
    {
      type: 'CustomerComplained',
      data: {
        customerId: customer.customerId,
        complaintId: data.complaintId,
        category: data.category,
        product: data.product,
        severity: data.severity,
        channel: data.channel,
        description: data.description,
        staffInvolved: [...new Set(data.staffInvolved ?? [])],
        receivedAt,
        dueAt: addDays(receivedAt, meta.rules.complaintDecisionDays),
      },
    },
  ];
};

/** Resolved by the actor, who must not be involved; on time when decided by the due date then in force. */
export const resolveComplaint = ({ data, meta }: ResolveComplaint, customer: ActiveCustomer): ComplaintResolved[] => {
  const complaint = requireOpenComplaint(customer, data.complaintId);
  requireUninvolvedHandler(complaint, meta.actor.id);
  const resolvedAt = timeSinceRegistration(customer, 'resolvedAt', data.resolvedAt, meta);
  if (isAfter(complaint.receivedAt, resolvedAt)) {
    throw new TimeBeforeReceipt('resolvedAt', resolvedAt, complaint.receivedAt);
  }
  return [
    {
      type: 'ComplaintResolved',
      data: compact({
        customerId: customer.customerId,
        complaintId: complaint.complaintId,
        outcome: data.outcome,
        resolution: data.resolution,
        remedy: data.remedy,
        handlerId: meta.actor.id,
        resolvedAt,
        withinDeadline: !isAfter(resolvedAt, complaint.dueAt),
      }),
    },
  ];
};
