import { churnBounds } from '../churn-risk/churn-bounds.js';
import type { ChurnFacts, ChurnInputs, ChurnInputsDocument } from '../churn-risk/churn-inputs.document.js';
import { CHURN_MODEL_V1 } from '../churn-risk/churn-model.v1.js';

/** The instant the churn fixtures are scored at. */
export const CHURN_NOW = '2026-06-01T00:00:00.000Z';

/** A settled customer: three years in, contacted last week, no complaints, no surveys. Scores 0 at CHURN_NOW. */
export const calmInputs: ChurnInputs = {
  activeSince: '2023-06-01T00:00:00.000Z',
  lastContactAt: '2026-05-25T00:00:00.000Z',
  complaints: [],
  latestCsat: null,
  latestNps: null,
  lastTwoSurveys: [],
  downgrade: null,
};

/** Worked by hand: 15.7 + 16 + 10 + 10 + 12 + 0 + 8 + 10 + 5 = 86.7 at CHURN_NOW. */
export const troubledInputs: ChurnInputs = {
  activeSince: '2025-12-01T00:00:00.000Z', // 182 days
  lastContactAt: '2026-01-28T00:00:00.000Z', // 124 days: 25 × (124 − 30) / 150 = 15.67
  complaints: [
    { complaintId: 'a', receivedAt: '2026-05-10T00:00:00.000Z', dueAt: '2026-05-25T00:00:00.000Z', resolvedAt: null },
    { complaintId: 'b', receivedAt: '2026-05-20T00:00:00.000Z', dueAt: '2026-06-04T00:00:00.000Z', resolvedAt: null },
    {
      complaintId: 'c',
      receivedAt: '2026-01-05T00:00:00.000Z',
      dueAt: '2026-01-20T00:00:00.000Z',
      resolvedAt: '2026-01-10T00:00:00.000Z',
    },
  ],
  latestCsat: { surveyId: 's-2', kind: 'csat', score: 2, respondedAt: '2026-05-15T00:00:00.000Z' },
  latestNps: { surveyId: 's-1', kind: 'nps', score: 9, respondedAt: '2026-04-01T00:00:00.000Z' },
  lastTwoSurveys: [
    { surveyId: 's-1', kind: 'nps', score: 9, respondedAt: '2026-04-01T00:00:00.000Z' },
    { surveyId: 's-2', kind: 'csat', score: 2, respondedAt: '2026-05-15T00:00:00.000Z' },
  ],
  downgrade: { classifiedAt: '2026-05-01T00:00:00.000Z', segment: null, valueTier: { from: 'gold', to: 'silver' } },
};

/** A churn document around the given inputs, with their bounds: an active affluent customer of rm-7 by default. */
export const churnDocument = (
  customerId: string,
  inputs: ChurnInputs,
  overrides: Partial<ChurnFacts> = {},
): ChurnInputsDocument => {
  const facts: ChurnFacts = {
    customerId,
    status: 'active',
    relationshipManagerId: 'rm-7',
    segment: 'affluent',
    valueTier: 'silver',
    ...inputs,
    ...overrides,
  };
  return { ...facts, ...churnBounds(facts, CHURN_MODEL_V1) };
};
