import { percentage, roundToOneDecimal } from './rounding.js';
import { totalCount, type Tally } from './tally.js';

/** CSAT answers of 4 or 5 on the 1–5 scale count as satisfied ("top-2-box", DOMAIN.md). */
export const CSAT_SATISFIED_FROM = 4;

export type CsatSummary = Readonly<{
  csatResponses: number;
  /** Mean score 1–5, one decimal; null without responses. */
  csatAverage: number | null;
  /** % of responses that are 4 or 5, 0–100 with one decimal; null without responses. */
  csatSatisfiedPct: number | null;
}>;

/** From the number of responses per score (a score may appear in several tallies). */
export const csatOf = (scores: readonly Tally[]): CsatSummary => {
  const n = totalCount(scores);
  const sum = scores.reduce((total, { value, count }) => total + value * count, 0);
  const satisfied = totalCount(scores.filter(({ value }) => value >= CSAT_SATISFIED_FROM));
  return {
    csatResponses: n,
    csatAverage: n === 0 ? null : roundToOneDecimal(sum / n),
    csatSatisfiedPct: percentage(satisfied, n),
  };
};
