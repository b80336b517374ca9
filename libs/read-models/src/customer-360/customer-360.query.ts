import type { ChurnInputsDocument } from '../churn-risk/churn-inputs.document.js';
import type { ChurnBand, ChurnModel } from '../churn-risk/churn-model.js';
import { topFactorsOf, type TopFactor } from '../churn-risk/churn-risk.query.js';
import { scoreChurnRisk } from '../churn-risk/churn-risk.score.js';
import { roundToOneDecimal } from '../metrics/rounding.js';
import { daysBetween } from '../metrics/time.js';
import type { Customer360Document, OpenComplaintSummary } from './customer-360.document.js';

export type OpenComplaintView = OpenComplaintSummary &
  Readonly<{
    /** Open past its due date at `now`. */
    overdue: boolean;
    /** Fractional days to the due date at `now`, one decimal place; negative once overdue. */
    daysUntilDue: number;
  }>;

export type ChurnRiskSummary = Readonly<{
  score: number;
  band: ChurnBand;
  modelVersion: string;
  asOf: string;
  topFactors: readonly TopFactor[];
}>;

/** `GET /v1/customers/:id`: the stored document, with everything that depends on `now` computed at `now`. */
export type Customer360View = Omit<Customer360Document, 'openComplaints'> &
  Readonly<{
    openComplaints: readonly OpenComplaintView[];
    /** Null for a departed customer, who is no longer at risk of leaving, or before the churn inputs exist. */
    churnRisk: ChurnRiskSummary | null;
  }>;

const complaintAt = (complaint: OpenComplaintSummary, now: string): OpenComplaintView => ({
  ...complaint,
  overdue: Date.parse(now) > Date.parse(complaint.dueAt),
  daysUntilDue: roundToOneDecimal(daysBetween(now, complaint.dueAt)),
});

const churnSummary = (churn: ChurnInputsDocument | null, now: string, model: ChurnModel): ChurnRiskSummary | null => {
  if (churn === null || churn.status !== 'active') return null;
  const scored = scoreChurnRisk(churn, now, model);
  const { score, band, modelVersion, asOf } = scored;
  return { score, band, modelVersion, asOf, topFactors: topFactorsOf(scored) };
};

/**
 * Composes the 360 document with the customer's churn inputs (a separate read model, read by the same id).
 * Which roles may call it, and that it shows personal data, is the API's concern.
 */
export const customer360View = (
  doc: Customer360Document,
  churn: ChurnInputsDocument | null,
  now: string,
  model: ChurnModel,
): Customer360View => ({
  ...doc,
  openComplaints: doc.openComplaints.map((complaint) => complaintAt(complaint, now)),
  churnRisk: churnSummary(churn, now, model),
});
