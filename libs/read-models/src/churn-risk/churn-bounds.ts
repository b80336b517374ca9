import { MILLISECONDS_PER_DAY } from '@concord/domain';
import { compareInstants } from '../metrics/time.js';
import type { ChurnBounds, ChurnInputs } from './churn-inputs.document.js';
import type { ChurnFactorName, ChurnModel } from './churn-model.js';
import { FACTOR_FUNCTIONS } from './churn-risk.score.js';

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

/** After every due date and window a fact can open: where every factor but recency stands as it will stay. */
const EVENTUALLY = '9999-12-31T23:59:59.999Z';

const tenthsOf = (factor: ChurnFactorName, inputs: ChurnInputs, at: string, model: ChurnModel): number =>
  Math.round(FACTOR_FUNCTIONS[factor](inputs, at, model).contribution * 10);

/** The latest instant among the facts the factors read (canonical ISO, as every fact is stored). */
const latestFact = (inputs: ChurnInputs): string => {
  let latest = inputs.activeSince;
  const consider = (time: string | null | undefined): void => {
    if (typeof time === 'string' && compareInstants(time, latest) > 0) latest = time;
  };
  consider(inputs.lastContactAt);
  consider(inputs.latestCsat?.respondedAt);
  consider(inputs.latestNps?.respondedAt);
  consider(inputs.downgrade?.classifiedAt);
  for (const survey of inputs.lastTwoSurveys) consider(survey.respondedAt);
  for (const complaint of inputs.complaints) {
    consider(complaint.receivedAt);
    consider(complaint.resolvedAt);
  }
  return latest;
};

/**
 * The first instant at which the falling factors have fallen to nothing and every open complaint is overdue: from
 * then on only recency moves. Each window ends as its factor reads it: "within the last 90 days" includes the 90th
 * day to the millisecond, "younger than 365 days" does not, and a complaint is overdue only after its due date.
 */
const settledAt = (inputs: ChurnInputs, { recentComplaints, downgrade, shortTenure }: ChurnModel): string => {
  const after = (time: string, days: number, extraMs: number): number =>
    Date.parse(time) + days * MILLISECONDS_PER_DAY + extraMs;
  const ends = [
    after(inputs.activeSince, shortTenure.belowDays, 0),
    ...inputs.complaints.map((complaint) => after(complaint.receivedAt, recentComplaints.windowDays, 1)),
    ...inputs.complaints.filter((complaint) => complaint.resolvedAt === null).map((c) => after(c.dueAt, 0, 1)),
    ...(inputs.downgrade === null ? [] : [after(inputs.downgrade.classifiedAt, downgrade.windowDays, 1)]),
  ];
  return new Date(Math.max(...ends)).toISOString();
};

/**
 * Bounds of the factors other than contact recency. From the latest fact on: fixed factors as they are, falling ones
 * at most as they stand at the latest fact and at least nothing, rising ones at least as they stand then and at most
 * as they will end. From `settledAt` on, exactly as they will end. Each factor is evaluated by the scoring's own
 * function, so bounds and scores cannot disagree on what a factor is.
 */
export const churnBounds = (inputs: ChurnInputs, model: ChurnModel): ChurnBounds => {
  const boundsFrom = latestFact(inputs);
  let [floor, ceiling, settled] = [0, 0, 0];
  for (const [factor, drift] of Object.entries(DRIFT) as [ChurnFactorName, (typeof DRIFT)[ChurnFactorName]][]) {
    if (drift === 'recency') continue;
    const then = tenthsOf(factor, inputs, boundsFrom, model);
    if (drift === 'fixed') [floor, ceiling, settled] = [floor + then, ceiling + then, settled + then];
    // A falling factor ends at nothing: it adds to the ceiling only.
    if (drift === 'falls') ceiling += then;
    if (drift === 'rises') {
      const eventually = tenthsOf(factor, inputs, EVENTUALLY, model);
      [floor, ceiling, settled] = [floor + then, ceiling + eventually, settled + eventually];
    }
  }
  return {
    recencyFrom: inputs.lastContactAt ?? inputs.activeSince,
    boundsFrom,
    scoreCeiling: Math.min(100, Math.ceil(ceiling / 10)),
    scoreFloor: floor / 10,
    settledAt: settledAt(inputs, model),
    settledCeiling: Math.min(100, Math.ceil(settled / 10)),
  };
};
