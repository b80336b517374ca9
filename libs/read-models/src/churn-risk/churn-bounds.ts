import type { ChurnBounds, ChurnInputs } from './churn-inputs.document.js';
import type { ChurnFactorName, ChurnModel } from './churn-model.js';
import { scoreChurnRisk } from './churn-risk.score.js';

/**
 * How each factor moves while time passes and nothing happens, which is what lets a bound computed when the facts
 * last changed hold at every later instant. Contact recency is left out of the bounds: the list computes it exactly
 * at the time asked, from `recencyFrom`, because it is the factor that moves most.
 */
const DRIFT: Readonly<Record<ChurnFactorName, 'recency' | 'rises' | 'falls' | 'fixed'>> = {
  days_since_last_contact: 'recency',
  // Open complaints pass their due dates: never fewer overdue later, at most every open one.
  overdue_complaints: 'rises',
  // Windows that slide past their facts: received in the last 90 days, a downgrade within 180, the first year.
  recent_complaints: 'falls',
  downgrade: 'falls',
  short_tenure: 'falls',
  open_complaints: 'fixed',
  low_csat: 'fixed',
  nps_detractor: 'fixed',
  falling_satisfaction: 'fixed',
};

/** After every due date a complaint can have: where a rising factor has risen as far as it will. */
const EVENTUALLY = '9999-12-31T23:59:59.999Z';

const tenths = (points: number): number => Math.round(points * 10);

/** The latest instant among the facts the factors read: before it, the falling factors may stand higher. */
const latestFact = (inputs: ChurnInputs): string => {
  const times = [
    inputs.activeSince,
    inputs.lastContactAt,
    inputs.latestCsat?.respondedAt,
    inputs.latestNps?.respondedAt,
    inputs.downgrade?.classifiedAt,
    ...inputs.lastTwoSurveys.map((survey) => survey.respondedAt),
    ...inputs.complaints.flatMap((complaint) => [complaint.receivedAt, complaint.resolvedAt]),
  ].filter((time): time is string => typeof time === 'string');
  return new Date(Math.max(...times.map((time) => Date.parse(time)))).toISOString();
};

/**
 * Bounds of the factors other than contact recency at every instant from the latest fact on: fixed factors as they
 * are, falling ones at most as they stand at the latest fact and at least nothing, rising ones at least as they stand
 * then and at most as they will end.
 */
export const churnBounds = (inputs: ChurnInputs, model: ChurnModel): ChurnBounds => {
  const boundsFrom = latestFact(inputs);
  const now = new Map(scoreChurnRisk(inputs, boundsFrom, model).factors.map((f) => [f.factor, tenths(f.contribution)]));
  const later = new Map(scoreChurnRisk(inputs, EVENTUALLY, model).factors.map((f) => [f.factor, tenths(f.contribution)]));
  let [floor, ceiling] = [0, 0];
  for (const [factor, drift] of Object.entries(DRIFT) as [ChurnFactorName, (typeof DRIFT)[ChurnFactorName]][]) {
    const [then, eventually] = [now.get(factor) ?? 0, later.get(factor) ?? 0];
    if (drift === 'fixed' || drift === 'rises') floor += then;
    if (drift === 'fixed' || drift === 'falls') ceiling += then;
    if (drift === 'rises') ceiling += eventually;
  }
  return {
    recencyFrom: inputs.lastContactAt ?? inputs.activeSince,
    scoreCeiling: Math.min(100, Math.ceil(ceiling / 10)),
    scoreFloor: floor / 10,
    boundsFrom,
  };
};
