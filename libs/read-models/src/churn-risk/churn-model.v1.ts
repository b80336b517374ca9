import type { ChurnModel } from './churn-model.js';

/**
 * churn-v1: an explainable additive score. Weights are expert-set, not fitted: they rank customers for outreach
 * and every point is traceable to a fact. The caps sum to 123, so a customer failing on most fronts reaches 100.
 */
export const CHURN_MODEL_V1: ChurnModel = {
  version: 'churn-v1',
  bands: { mediumFrom: 40, highFrom: 70 },
  // A month without contact is normal for many retail customers; half a year of silence is the strongest single sign.
  contactRecency: { graceDays: 30, fullDays: 180, weight: 25 },
  openComplaints: { each: 8, cap: 16 },
  // Missing the regulatory deadline (15/30/60 days) is what turns a complaint into a departure.
  overdueComplaints: { each: 10, cap: 20 },
  recentComplaints: { windowDays: 90, each: 5, cap: 15 },
  lowCsat: { atMost: 2, weight: 12 },
  npsDetractor: { atMost: 6, weight: 12 },
  fallingSatisfaction: { minDrop: 0.2, weight: 8 },
  // Assets moved elsewhere usually show first as a lower segment or tier.
  downgrade: { windowDays: 180, weight: 10 },
  // Attrition is highest in a relationship's first year; a bonus for long tenure would need negative points.
  shortTenure: { belowDays: 365, weight: 5 },
};

/**
 * The model the API scores with. Scores are computed at query time, but the churn-risk projection stores bounds of
 * them by this model: change it together with that projection's version.
 */
export const CURRENT_CHURN_MODEL: ChurnModel = CHURN_MODEL_V1;
