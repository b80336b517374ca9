import { roundToOneDecimal } from './rounding.js';
import { totalCount, type Tally } from './tally.js';

export type NpsClass = 'promoter' | 'passive' | 'detractor';

/** The standard NPS classes of a 0–10 answer (DOMAIN.md): 9–10 promoters, 7–8 passives, 0–6 detractors. */
export const npsClassOf = (score: number): NpsClass => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

export type NpsSummary = Readonly<{
  npsResponses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100..100 with one decimal; null without responses. */
  npsScore: number | null;
}>;

/** From the number of responses per score (a score may appear in several tallies). */
export const npsOf = (scores: readonly Tally[]): NpsSummary => {
  const count = (wanted: NpsClass): number => totalCount(scores.filter(({ value }) => npsClassOf(value) === wanted));
  const [promoters, passives, detractors] = [count('promoter'), count('passive'), count('detractor')];
  const n = promoters + passives + detractors;
  // Computed from the counts, not as a difference of two rounded percentages, so it is exact before rounding.
  const npsScore = n === 0 ? null : roundToOneDecimal((100 * (promoters - detractors)) / n);
  return { npsResponses: n, promoters, passives, detractors, npsScore };
};
