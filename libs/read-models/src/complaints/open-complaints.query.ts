import type { Channel, ComplaintSeverity } from '@concord/contracts';
import { paginate, type Page } from '../metrics/paginate.js';
import { roundToOneDecimal } from '../metrics/rounding.js';
import { daysBetween } from '../metrics/time.js';
import type { DocumentFilter } from '../shared/document-filter.js';
import { customerScopedId } from '../shared/scoped-id.js';
import type { ComplaintDocument } from './complaint.document.js';
import { isOverdueAt } from './overdue.js';

/** `GET /v1/complaints/open`: `overdue` true keeps only overdue complaints, false only those not yet due. */
export type OpenComplaintsParams = Readonly<{ overdue?: boolean; limit: number; cursor?: string | null }>;

export type OpenComplaintItem = Readonly<{
  customerId: string;
  complaintId: string;
  category: string;
  product: string;
  severity: ComplaintSeverity;
  channel: Channel;
  receivedAt: string;
  dueAt: string;
  extensions: 0 | 1 | 2;
  overdue: boolean;
  /** Fractional days to the due date at `now`, one decimal place; negative once overdue. */
  daysUntilDue: number;
}>;

/** Open complaints, optionally only those already past (`dueAt < now`) or not yet past their due date. */
export const openComplaintsFilter = (params: OpenComplaintsParams, now: string): DocumentFilter => ({
  equals: { status: 'open' },
  range:
    params.overdue === undefined
      ? null
      : { field: 'dueAt', from: params.overdue ? null : now, to: params.overdue ? now : null },
});

const itemAt = (complaint: ComplaintDocument, now: string): OpenComplaintItem => {
  const { customerId, complaintId, category, product, severity, channel, receivedAt, dueAt, extensions } = complaint;
  return {
    customerId,
    complaintId,
    category,
    product,
    severity,
    channel,
    receivedAt,
    dueAt,
    extensions,
    overdue: isOverdueAt(complaint, now),
    daysUntilDue: roundToOneDecimal(daysBetween(now, dueAt)),
  };
};

/** The complaint handlers' worklist: earliest due date first, ties by the complaint document id (customerScopedId). */
export const openComplaintsWorklist = (
  complaints: readonly ComplaintDocument[],
  params: OpenComplaintsParams,
  now: string,
): Page<OpenComplaintItem> => {
  const items = complaints
    .filter((complaint) => complaint.status === 'open')
    .map((complaint) => itemAt(complaint, now))
    .filter((item) => params.overdue === undefined || item.overdue === params.overdue);
  const byDueDate = {
    key: (item: OpenComplaintItem) => Date.parse(item.dueAt),
    id: (item: OpenComplaintItem) => customerScopedId(item.customerId, item.complaintId),
    direction: 'asc',
  } as const;
  return paginate(items, byDueDate, params);
};
