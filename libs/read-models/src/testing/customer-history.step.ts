import type {
  Channel,
  Classification,
  ComplaintSeverity,
  ContactOutcomeStatus,
  RiskRating,
  Segment,
  SurveyKind,
  ValueTier,
} from '@concord/contracts';
import { SEGMENTS } from '@concord/contracts';

/** Random choices for one step of a customer's history; the interpreter uses those its action needs. */
export type Step = Readonly<{
  action: 'contact' | 'classify' | 'complain' | 'extend' | 'resolve' | 'survey' | 'end' | 'resume';
  gapMs: number;
  backdateMs: number;
  pick: number;
  channel: Channel;
  outcome: ContactOutcomeStatus | null;
  segment: Segment;
  valueTier: ValueTier | null;
  riskRating: RiskRating | null;
  category: string;
  product: string;
  severity: ComplaintSeverity;
  kind: SurveyKind;
  score: number;
}>;

export const DAY = 86_400_000;

export const iso = (ms: number): string => new Date(ms).toISOString();

const same = (a: Classification, b: Classification | null): boolean =>
  b !== null && a.segment === b.segment && a.valueTier === b.valueTier && a.riskRating === b.riskRating;

/** The step's classification, nudged to the next segment when it would change nothing (the decider rejects that). */
export const classificationOf = (step: Step, current: Classification | null): Classification => {
  const wanted: Classification = {
    segment: step.segment,
    ...(step.valueTier === null ? {} : { valueTier: step.valueTier }),
    ...(step.riskRating === null ? {} : { riskRating: step.riskRating }),
  };
  if (!same(wanted, current)) return wanted;
  return { ...wanted, segment: SEGMENTS[(SEGMENTS.indexOf(wanted.segment) + 1) % SEGMENTS.length] ?? 'mass' };
};

/** A score on the survey's own scale: CSAT 1–5, NPS 0–10. */
export const scoreOf = (step: Step): number => (step.kind === 'csat' ? 1 + (step.score % 5) : step.score);
