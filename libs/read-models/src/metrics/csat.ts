import { percentage, roundToOneDecimal } from './rounding.js';

/** CSAT answers of 4 or 5 on the 1–5 scale count as satisfied ("top-2-box", DOMAIN.md). */
export const CSAT_SATISFIED_FROM = 4;

export type CsatSummary = Readonly<{
  csatResponses: number;
  /** Mean score 1–5, one decimal; null without responses. */
  csatAverage: number | null;
  /** % of responses that are 4 or 5, 0–100 with one decimal; null without responses. */
  csatSatisfiedPct: number | null;
}>;

export const csatOf = (scores: readonly number[]): CsatSummary => {
  const n = scores.length;
  const sum = scores.reduce((total, score) => total + score, 0);
  const satisfied = scores.filter((score) => score >= CSAT_SATISFIED_FROM).length;
  return {
    csatResponses: n,
    csatAverage: n === 0 ? null : roundToOneDecimal(sum / n),
    csatSatisfiedPct: percentage(satisfied, n),
  };
};
