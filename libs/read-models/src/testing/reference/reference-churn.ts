import type { ChurnModel } from '../../churn-risk/churn-model.js';
import { DAY, round1 } from './reference-math.js';
import { lastReachedAt, type ReferenceCustomer } from './reference-customers.js';

const RETAIL: Record<string, number> = { mass: 0, affluent: 1, private_banking: 2 };
const BUSINESS: Record<string, number> = { sme: 0, corporate: 1, institutional: 2 };
const TIER: Record<string, number> = { bronze: 0, silver: 1, gold: 2, platinum: 3 };

/** -1 lowered, 1 raised, 0 neither or not comparable. */
const direction = (ladder: Record<string, number>, from: string | undefined, to: string | undefined): number => {
  if (from === undefined || to === undefined) return 0;
  const [a, b] = [ladder[from], ladder[to]];
  if (a === undefined || b === undefined) return 0;
  return Math.sign(b - a);
};

/** When the downgrade in force happened, if one is: the last lowering not followed by a raise. */
const downgradeTime = (customer: ReferenceCustomer): string | null => {
  let at: string | null = null;
  for (const c of customer.classifications) {
    if (c.previous === null) continue;
    // A segment sits on one ladder only, so at most one of the two terms is non-zero.
    const segment =
      direction(RETAIL, c.previous.segment, c.segment) + direction(BUSINESS, c.previous.segment, c.segment);
    const tier = direction(TIER, c.previous.valueTier, c.valueTier);
    if (segment < 0 || tier < 0) at = c.classifiedAt;
    else if (segment > 0 || tier > 0) at = null;
  }
  return at;
};

const normalised = (kind: string, score: number): number => (kind === 'csat' ? (score - 1) / 4 : score / 10);

/** Contributions by factor name, computed from the raw facts, and the capped score with its band. */
export const referenceChurn = (customer: ReferenceCustomer, now: string, model: ChurnModel) => {
  const nowMs = Date.parse(now);
  const daysSince = (time: string): number => Math.max(0, Math.floor((nowMs - Date.parse(time)) / DAY));
  const contributions: Record<string, number> = {};

  const silentDays = daysSince(lastReachedAt(customer) ?? customer.activeSince);
  const { graceDays, fullDays, weight } = model.contactRecency;
  const share = Math.min(1, Math.max(0, (silentDays - graceDays) / (fullDays - graceDays)));
  contributions.days_since_last_contact = round1(weight * share);

  let open = 0;
  let overdue = 0;
  let recent = 0;
  for (const complaint of customer.complaints) {
    if (complaint.resolution === null) open += 1;
    if (complaint.resolution === null && nowMs > Date.parse(complaint.dueAt)) overdue += 1;
    if (nowMs - Date.parse(complaint.filed.receivedAt) <= model.recentComplaints.windowDays * DAY) recent += 1;
  }
  contributions.open_complaints = Math.min(model.openComplaints.cap, open * model.openComplaints.each);
  contributions.overdue_complaints = Math.min(model.overdueComplaints.cap, overdue * model.overdueComplaints.each);
  contributions.recent_complaints = Math.min(model.recentComplaints.cap, recent * model.recentComplaints.each);

  const byTime = [...customer.surveys].sort(
    (a, b) =>
      Date.parse(a.data.respondedAt) - Date.parse(b.data.respondedAt) || (a.data.surveyId < b.data.surveyId ? -1 : 1),
  );
  const lastOf = (kind: string) => byTime.filter((s) => s.data.kind === kind).at(-1);
  const csat = lastOf('csat');
  const nps = lastOf('nps');
  const lowCsat = csat !== undefined && csat.data.score <= model.lowCsat.atMost;
  contributions.low_csat = lowCsat ? model.lowCsat.weight : 0;
  const detractor = nps !== undefined && nps.data.score <= model.npsDetractor.atMost;
  contributions.nps_detractor = detractor ? model.npsDetractor.weight : 0;
  const [previous, latest] = byTime.slice(-2);
  const drop = byTime.length >= 2 && previous && latest
    ? normalised(previous.data.kind, previous.data.score) - normalised(latest.data.kind, latest.data.score)
    : 0;
  const falling = byTime.length >= 2 && drop >= model.fallingSatisfaction.minDrop - 1e-9;
  contributions.falling_satisfaction = falling ? model.fallingSatisfaction.weight : 0;

  const downgradedAt = downgradeTime(customer);
  const downgraded = downgradedAt !== null && nowMs - Date.parse(downgradedAt) <= model.downgrade.windowDays * DAY;
  contributions.downgrade = downgraded ? model.downgrade.weight : 0;
  const young = daysSince(customer.activeSince) < model.shortTenure.belowDays;
  contributions.short_tenure = young ? model.shortTenure.weight : 0;

  let tenths = 0;
  for (const value of Object.values(contributions)) tenths += Math.round(value * 10);
  const score = Math.min(1000, tenths) / 10;
  const band = score >= model.bands.highFrom ? 'high' : score >= model.bands.mediumFrom ? 'medium' : 'low';
  return { score, band, contributions };
};

/** The three largest non-zero contributions, ties in the model's factor order (the insertion order above). */
export const referenceTopFactors = (contributions: Record<string, number>) =>
  Object.entries(contributions)
    .map(([factor, contribution], order) => ({ factor, contribution, order }))
    .filter((f) => f.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.order - b.order)
    .slice(0, 3)
    .map(({ factor, contribution }) => ({ factor, contribution }));
