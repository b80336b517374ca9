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
 * What each projection costs per event of the log, relative to the others: its fold plus its commit in microseconds
 * per event, as the benchmark's breakdown measures them alone on one thread (docs/benchmarks.md: where a rebuild's
 * time goes). Only balances projections over projector threads (spreadProjections), so rough figures do; a name
 * missing here counts as 4.
 */
const FOLD_COSTS: Readonly<Record<string, number>> = {
  'customer-360': 3.6,
  'churn-risk': 6,
  satisfaction: 3.6,
  complaints: 3.2,
  'contact-coverage': 1.6,
};

export const foldCostOf = (name: string): number => FOLD_COSTS[name] ?? 4;
