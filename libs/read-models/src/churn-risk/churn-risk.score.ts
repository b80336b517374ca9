import {
  CHURN_FACTORS,
  type ChurnBand,
  type ChurnFactor,
  type ChurnFactorName,
  type ChurnModel,
  type ChurnScore,
} from './churn-model.js';
import type { ChurnInputs } from './churn-inputs.document.js';
import { openComplaintsFactor, overdueComplaintsFactor, recentComplaintsFactor } from './complaint.factors.js';
import { contactRecencyFactor, downgradeFactor, shortTenureFactor } from './relationship.factors.js';
import { fallingSatisfactionFactor, lowCsatFactor, npsDetractorFactor } from './satisfaction.factors.js';

type FactorFunction = (inputs: ChurnInputs, now: string, model: ChurnModel) => ChurnFactor;

/** Each factor of the model by name. */
export const FACTOR_FUNCTIONS: Readonly<Record<ChurnFactorName, FactorFunction>> = {
  days_since_last_contact: contactRecencyFactor,
  open_complaints: openComplaintsFactor,
  overdue_complaints: overdueComplaintsFactor,
  recent_complaints: recentComplaintsFactor,
  low_csat: lowCsatFactor,
  nps_detractor: npsDetractorFactor,
  falling_satisfaction: fallingSatisfactionFactor,
  downgrade: downgradeFactor,
  short_tenure: shortTenureFactor,
};

export const bandOf = (score: number, { bands }: ChurnModel): ChurnBand =>
  score >= bands.highFrom ? 'high' : score >= bands.mediumFrom ? 'medium' : 'low';

const modelOrder = (factor: ChurnFactor): number => CHURN_FACTORS.indexOf(factor.factor);

/**
 * The churn score of one customer at `now`: the sum of the factor contributions, capped at 100. Contributions
 * carry one decimal and are added in tenths, so the score is exact (no 0.1 + 0.2 drift) and equals their sum
 * unless the cap applies. Pure: the same inputs, instant and model always give the same score.
 */
export const scoreChurnRisk = (inputs: ChurnInputs, now: string, model: ChurnModel): ChurnScore => {
  const factors = CHURN_FACTORS.map((factor) => FACTOR_FUNCTIONS[factor](inputs, now, model));
  const tenths = factors.reduce((total, { contribution }) => total + Math.round(contribution * 10), 0);
  const score = Math.min(1000, Math.max(0, tenths)) / 10;
  return {
    score,
    band: bandOf(score, model),
    modelVersion: model.version,
    asOf: new Date(Date.parse(now)).toISOString(),
    factors: [...factors].sort((a, b) => b.contribution - a.contribution || modelOrder(a) - modelOrder(b)),
  };
};
