import type { Channel, ComplaintSeverity } from '@concord/contracts';
import { decodeCursor, encodeCursor } from '../metrics/cursor.js';
import { InvalidQueryParameter } from '../metrics/invalid-query-parameter.error.js';
import type { Page } from '../metrics/paginate.js';
import { roundToOneDecimal } from '../metrics/rounding.js';
import { daysBetween } from '../metrics/time.js';
import type { ReadModelReads } from '../runtime/read-model-store.port.js';
import type { DocumentFilter, PageAfter } from '../shared/document-filter.js';
import { customerScopedId } from '../shared/scoped-id.js';
import { COMPLAINTS_COLLECTION, type ComplaintDocument } from './complaint.document.js';
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
  ranges:
    params.overdue === undefined
      ? []
      : [{ field: 'dueAt', from: params.overdue ? null : now, to: params.overdue ? now : null }],
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

/** The cursor holds the last due date as epoch milliseconds and the complaint document's id. */
const afterCursor = (cursor: string | null | undefined): PageAfter | null => {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  const { key, id } = decodeCursor(cursor);
  const dueAt = typeof key === 'number' ? new Date(key) : null;
  if (dueAt === null || Number.isNaN(dueAt.getTime())) {
    throw new InvalidQueryParameter('cursor', 'not a cursor returned by this endpoint');
  }
  return { value: dueAt.toISOString(), id };
};

/**
 * The complaint handlers' worklist: earliest due date first, ties by the complaint document id (customerScopedId).
 * The store reads one page past the cursor (and one complaint more, to know whether another page follows) off the
 * (status, dueAt) index, however long the backlog.
 */
export const openComplaintsWorklist = async (
  reads: ReadModelReads,
  projectionId: string,
  params: OpenComplaintsParams,
  now: string,
): Promise<Page<OpenComplaintItem>> => {
  const page = { orderBy: 'dueAt', after: afterCursor(params.cursor), limit: params.limit + 1 };
  const found = await reads.page<ComplaintDocument>(
    projectionId,
    COMPLAINTS_COLLECTION.name,
    openComplaintsFilter(params, now),
    page,
  );
  const items = found.slice(0, params.limit).map((complaint) => itemAt(complaint, now));
  const last = items.at(-1);
  const nextCursor =
    found.length > params.limit && last !== undefined
      ? encodeCursor({ key: Date.parse(last.dueAt), id: customerScopedId(last.customerId, last.complaintId) })
      : null;
  return { items, nextCursor };
};
