import type { ChurnInputs } from './churn-inputs.document.js';
import { CHURN_MODEL_V1 } from './churn-model.v1.js';
import { bandOf, scoreChurnRisk } from './churn-risk.score.js';
import { CHURN_NOW, calmInputs, troubledInputs } from '../testing/churn-inputs.fixtures.js';

const NOW = CHURN_NOW;
const model = CHURN_MODEL_V1;
const calm = calmInputs;
const troubled = troubledInputs;

const contributionOf = (inputs: ChurnInputs, factor: string, now = NOW): number | undefined =>
  scoreChurnRisk(inputs, now, model).factors.find((f) => f.factor === factor)?.contribution;

describe('scoreChurnRisk (churn-v1)', () => {
  it('scores a settled customer 0, every factor listed with why it does not apply', () => {
    expect(scoreChurnRisk(calm, NOW, model)).toEqual({
      score: 0,
      band: 'low',
      modelVersion: 'churn-v1',
      asOf: NOW,
      factors: [
        { factor: 'days_since_last_contact', contribution: 0, detail: 'Last contact 7 days ago' },
        { factor: 'open_complaints', contribution: 0, detail: 'No open complaints' },
        { factor: 'overdue_complaints', contribution: 0, detail: 'No overdue complaints' },
        { factor: 'recent_complaints', contribution: 0, detail: 'No complaints in the last 90 days' },
        { factor: 'low_csat', contribution: 0, detail: 'No CSAT response' },
        { factor: 'nps_detractor', contribution: 0, detail: 'No NPS response' },
        { factor: 'falling_satisfaction', contribution: 0, detail: 'Fewer than two survey responses' },
        { factor: 'downgrade', contribution: 0, detail: 'No downgrade in the last 180 days' },
        { factor: 'short_tenure', contribution: 0, detail: 'Relationship began 1096 days ago' },
      ],
    });
  });

  it('adds up the factors of a troubled customer, highest first, ties in model order', () => {
    expect(scoreChurnRisk(troubled, NOW, model)).toEqual({
      score: 86.7,
      band: 'high',
      modelVersion: 'churn-v1',
      asOf: NOW,
      factors: [
        { factor: 'open_complaints', contribution: 16, detail: '2 complaints open' },
        { factor: 'days_since_last_contact', contribution: 15.7, detail: 'No contact for 124 days' },
        { factor: 'low_csat', contribution: 12, detail: 'Last CSAT 2 of 5' },
        { factor: 'overdue_complaints', contribution: 10, detail: '1 complaint overdue' },
        { factor: 'recent_complaints', contribution: 10, detail: '2 complaints in the last 90 days' },
        { factor: 'downgrade', contribution: 10, detail: 'Lowered value tier from gold to silver 31 days ago' },
        {
          factor: 'falling_satisfaction',
          contribution: 8,
          detail: 'Satisfaction fell from 90% to 25% of the scale over the last two surveys',
        },
        { factor: 'short_tenure', contribution: 5, detail: 'Relationship began 182 days ago' },
        { factor: 'nps_detractor', contribution: 0, detail: 'Last NPS 9 of 10' },
      ],
    });
  });

  it('makes the contributions sum to the score below the cap', () => {
    const { score, factors } = scoreChurnRisk(troubled, NOW, model);
    expect(factors.reduce((sum, f) => sum + Math.round(f.contribution * 10), 0) / 10).toBe(score);
  });

  it('caps the score at 100 when the contributions add up to more', () => {
    const overdue = (complaintId: string) => ({
      complaintId,
      receivedAt: '2026-05-01T00:00:00.000Z',
      dueAt: '2026-05-16T00:00:00.000Z',
      resolvedAt: null,
    });
    const worst: ChurnInputs = {
      ...troubled,
      lastContactAt: '2025-01-01T00:00:00.000Z',
      complaints: ['a', 'b', 'c'].map(overdue),
      latestNps: { surveyId: 's-1', kind: 'nps', score: 0, respondedAt: '2026-04-01T00:00:00.000Z' },
    };
    const scored = scoreChurnRisk(worst, NOW, model);
    expect(scored.score).toBe(100);
    expect(scored.band).toBe('high');
    expect(scored.factors.reduce((sum, f) => sum + f.contribution, 0)).toBe(123);
  });

  it('reflects the time of the question: the same inputs score higher as contact ages and complaints pass due', () => {
    const later = '2026-09-01T00:00:00.000Z';
    expect(contributionOf(troubled, 'days_since_last_contact', later)).toBe(25);
    expect(contributionOf(troubled, 'overdue_complaints', later)).toBe(20);
    expect(contributionOf(troubled, 'recent_complaints', later)).toBe(0);
  });

  describe('contact recency', () => {
    const contactedDaysAgo = (days: number): ChurnInputs => ({
      ...calm,
      lastContactAt: new Date(Date.parse(NOW) - days * 86_400_000).toISOString(),
    });

    it.each([
      [30, 0],
      [31, 0.2], // 25 / 150 = 0.1667
      [105, 12.5],
      [180, 25],
      [400, 25],
    ])('%p whole days without contact add %p', (days, expected) => {
      expect(contributionOf(contactedDaysAgo(days), 'days_since_last_contact')).toBe(expected);
    });

    it('counts from the start of the relationship when nobody ever reached the customer', () => {
      const neverReached = { ...calm, activeSince: '2026-01-02T00:00:00.000Z', lastContactAt: null };
      const factor = scoreChurnRisk(neverReached, NOW, model).factors.find((f) => f.factor === 'days_since_last_contact');
      expect(factor).toEqual({
        factor: 'days_since_last_contact',
        contribution: 20, // 25 × (150 − 30) / 150
        detail: 'No contact in the 150 days since the relationship began',
      });
    });
  });

  describe('complaints', () => {
    const complaint = { complaintId: 'a', receivedAt: '2026-05-17T00:00:00.000Z', dueAt: NOW, resolvedAt: null };

    it('counts a complaint overdue only strictly after its due date', () => {
      expect(contributionOf({ ...calm, complaints: [complaint] }, 'overdue_complaints')).toBe(0);
      const aMillisecondLate = '2026-06-01T00:00:00.001Z';
      expect(contributionOf({ ...calm, complaints: [complaint] }, 'overdue_complaints', aMillisecondLate)).toBe(10);
    });

    it('counts a complaint received exactly 90 days ago as recent, one received earlier not', () => {
      const at90 = { ...complaint, receivedAt: '2026-03-03T00:00:00.000Z', resolvedAt: '2026-03-04T00:00:00.000Z' };
      const before = { ...at90, complaintId: 'b', receivedAt: '2026-03-02T23:59:59.999Z' };
      expect(contributionOf({ ...calm, complaints: [at90, before] }, 'recent_complaints')).toBe(5);
    });
  });

  describe('satisfaction', () => {
    const survey = (kind: 'csat' | 'nps', score: number, day: number) => ({
      surveyId: `s-${day}`,
      kind,
      score,
      respondedAt: `2026-05-0${day}T00:00:00.000Z`,
    });
    const trend = (...surveys: ChurnInputs['lastTwoSurveys']) =>
      contributionOf({ ...calm, lastTwoSurveys: surveys }, 'falling_satisfaction');

    it.each([
      ['NPS 7 → 5, a drop of exactly 0.2 despite floating point', survey('nps', 7, 1), survey('nps', 5, 2), 8],
      ['NPS 7 → 6, a drop of 0.1', survey('nps', 7, 1), survey('nps', 6, 2), 0],
      ['CSAT 5 → 4, a drop of 0.25', survey('csat', 5, 1), survey('csat', 4, 2), 8],
      ['CSAT 4 (0.75) → NPS 6 (0.6), a drop of 0.15', survey('csat', 4, 1), survey('nps', 6, 2), 0],
      ['a rise', survey('csat', 2, 1), survey('csat', 5, 2), 0],
    ])('falling satisfaction: %s', (_case, before, after, expected) => {
      expect(trend(before, after)).toBe(expected);
    });

    it('flags a CSAT of 2 or less and an NPS of 6 or less', () => {
      expect(contributionOf({ ...calm, latestCsat: survey('csat', 3, 1) }, 'low_csat')).toBe(0);
      expect(contributionOf({ ...calm, latestCsat: survey('csat', 2, 1) }, 'low_csat')).toBe(12);
      expect(contributionOf({ ...calm, latestNps: survey('nps', 7, 1) }, 'nps_detractor')).toBe(0);
      expect(contributionOf({ ...calm, latestNps: survey('nps', 6, 1) }, 'nps_detractor')).toBe(12);
    });
  });

  it('counts a downgrade for 180 days, to the millisecond', () => {
    const downgrade = {
      classifiedAt: '2025-12-03T00:00:00.000Z',
      segment: { from: 'affluent', to: 'mass' },
      valueTier: null,
    } as const;
    expect(contributionOf({ ...calm, downgrade }, 'downgrade')).toBe(10);
    expect(contributionOf({ ...calm, downgrade }, 'downgrade', '2026-06-01T00:00:00.001Z')).toBe(0);
  });

  it('adds a little for a relationship in its first year', () => {
    expect(contributionOf({ ...calm, activeSince: '2025-06-02T00:00:00.000Z' }, 'short_tenure')).toBe(5); // 364 days
    expect(contributionOf({ ...calm, activeSince: '2025-06-01T00:00:00.000Z' }, 'short_tenure')).toBe(0); // 365 days
  });

  it('bands scores: low < 40 ≤ medium < 70 ≤ high', () => {
    expect([0, 39.9, 40, 69.9, 70, 100].map((score) => bandOf(score, model))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
  });
});
