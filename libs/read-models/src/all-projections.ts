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
