import { SEGMENTS } from '@concord/contracts';
import {
  CHURN_BANDS,
  COMPLAINT_DIMENSIONS,
  COVERAGE_DIMENSIONS,
  decodeCursor,
  parseFlag,
  parseGroupBy,
  parseLimit,
  parseOneOf,
  parseTimeRange,
  SATISFACTION_DIMENSIONS,
  type ChurnRiskListParams,
  type ComplaintsDashboardParams,
  type CoverageParams,
  type OpenComplaintsParams,
  type SatisfactionParams,
} from '@concord/read-models';
import type {
  ChurnRiskListQuery,
  ComplaintsDashboardQuery,
  ContactCoverageQuery,
  OpenComplaintsQuery,
  SatisfactionQuery,
} from '../dto/read-queries.dto.js';

/*
 * Query strings to the read models' parameters. Each parser throws InvalidQueryParameter (a 400 naming the
 * parameter) before any read-model document is fetched.
 */

/** A cursor is checked up front, so a forged one is a 400 even when the page it points into would be empty. */
const cursorOf = (raw: string | undefined): string | null => {
  if (raw === undefined || raw === '') return null;
  decodeCursor(raw);
  return raw;
};

export const churnRiskListParams = (query: ChurnRiskListQuery): ChurnRiskListParams => ({
  band: parseOneOf('band', query.band, CHURN_BANDS),
  segment: parseOneOf('segment', query.segment, SEGMENTS),
  relationshipManagerId: query.relationshipManagerId,
  limit: parseLimit(query.limit),
  cursor: cursorOf(query.cursor),
});

export const satisfactionParams = (query: SatisfactionQuery): SatisfactionParams => ({
  range: parseTimeRange({ from: query.from, to: query.to }),
  groupBy: parseGroupBy(query.groupBy, SATISFACTION_DIMENSIONS),
});

export const complaintsDashboardParams = (query: ComplaintsDashboardQuery): ComplaintsDashboardParams => ({
  range: parseTimeRange({ from: query.from, to: query.to }),
  groupBy: parseGroupBy(query.groupBy, COMPLAINT_DIMENSIONS),
});

export const openComplaintsParams = (query: OpenComplaintsQuery): OpenComplaintsParams => ({
  overdue: parseFlag('overdue', query.overdue),
  limit: parseLimit(query.limit),
  cursor: cursorOf(query.cursor),
});

export const contactCoverageParams = (query: ContactCoverageQuery): CoverageParams => ({
  groupBy: parseGroupBy(query.groupBy, COVERAGE_DIMENSIONS),
});
