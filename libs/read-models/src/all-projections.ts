import { churnRiskProjection } from './churn-risk/churn-risk.projection.js';
import { complaintsProjection } from './complaints/complaints.projection.js';
import { contactCoverageProjection } from './contact-coverage/contact-coverage.projection.js';
import { customer360Projection } from './customer-360/customer-360.projection.js';
import type { Projection } from './projection.js';
import { satisfactionProjection } from './satisfaction/satisfaction.projection.js';

/** Every read model the projector runs; each keeps its own checkpoint under projectionId(projection). */
export const ALL_PROJECTIONS: readonly Projection[] = [
  customer360Projection,
  churnRiskProjection,
  satisfactionProjection,
  complaintsProjection,
  contactCoverageProjection,
];

/**
 * What each projection costs per event of the log, relative to the others: the time a rebuild of it alone takes
 * beyond reading the log (microseconds per event, measured once over the benchmark's generated log). Only balances
 * projections over projector threads (spreadProjections), so rough figures do; a name missing here counts as 6.
 */
const FOLD_COSTS: Readonly<Record<string, number>> = {
  'customer-360': 6,
  'churn-risk': 8,
  satisfaction: 5,
  complaints: 4,
  'contact-coverage': 3,
};

export const foldCostOf = (name: string): number => FOLD_COSTS[name] ?? 6;
