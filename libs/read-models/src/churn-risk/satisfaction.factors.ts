import { SURVEY_SCALES } from '@concord/domain';
import type { ChurnInputs, ChurnSurvey } from './churn-inputs.document.js';
import type { ChurnFactor, ChurnModel } from './churn-model.js';

export const lowCsatFactor = (inputs: ChurnInputs, _now: string, model: ChurnModel): ChurnFactor => {
  const csat = inputs.latestCsat;
  if (csat === null) return { factor: 'low_csat', contribution: 0, detail: 'No CSAT response' };
  const low = csat.score <= model.lowCsat.atMost;
  return { factor: 'low_csat', contribution: low ? model.lowCsat.weight : 0, detail: `Last CSAT ${csat.score} of 5` };
};

export const npsDetractorFactor = (inputs: ChurnInputs, _now: string, model: ChurnModel): ChurnFactor => {
  const nps = inputs.latestNps;
  if (nps === null) return { factor: 'nps_detractor', contribution: 0, detail: 'No NPS response' };
  const detractor = nps.score <= model.npsDetractor.atMost;
  const detail = `Last NPS ${nps.score} of 10${detractor ? ' (detractor)' : ''}`;
  return { factor: 'nps_detractor', contribution: detractor ? model.npsDetractor.weight : 0, detail };
};

/** A score on 0–1 whatever the question's scale, so a CSAT answer and an NPS answer can be compared. */
export const normalisedScore = ({ kind, score }: ChurnSurvey): number => {
  const { min, max } = SURVEY_SCALES[kind];
  return (score - min) / (max - min);
};

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The tolerance absorbs binary error: NPS 7 → 5 is a drop of 0.19999… in floating point, and must count as 0.2. */
const TOLERANCE = 1e-9;

export const fallingSatisfactionFactor = (inputs: ChurnInputs, _now: string, model: ChurnModel): ChurnFactor => {
  const [previous, latest] = inputs.lastTwoSurveys;
  if (previous === undefined || latest === undefined) {
    return { factor: 'falling_satisfaction', contribution: 0, detail: 'Fewer than two survey responses' };
  }
  const [before, after] = [normalisedScore(previous), normalisedScore(latest)];
  const falling = before - after >= model.fallingSatisfaction.minDrop - TOLERANCE;
  const detail = falling
    ? `Satisfaction fell from ${percent(before)} to ${percent(after)} of the scale over the last two surveys`
    : `Satisfaction did not fall over the last two surveys (${percent(before)} then ${percent(after)} of the scale)`;
  return { factor: 'falling_satisfaction', contribution: falling ? model.fallingSatisfaction.weight : 0, detail };
};
