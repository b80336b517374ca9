import type { Segment } from '@concord/contracts';
import { assertNever } from '@concord/domain';
import { decodeCursor } from '../metrics/cursor.js';
import { InvalidQueryParameter } from '../metrics/invalid-query-parameter.error.js';
import { paginate, type Page, type SortOrder } from '../metrics/paginate.js';
import type { ReadModelReads } from '../runtime/read-model-store.port.js';
import type { DocumentFilter } from '../shared/document-filter.js';
import { CHURN_INPUTS_COLLECTION, type ChurnInputsDocument } from './churn-inputs.document.js';
import type { ChurnBand, ChurnFactor, ChurnModel, ChurnScore } from './churn-model.js';
import { CURRENT_CHURN_MODEL } from './churn-model.v1.js';
import { candidateFilters, MAX_SCORE_TENTHS } from './churn-risk.candidates.js';
import { scoreChurnRisk } from './churn-risk.score.js';

/** `GET /v1/churn-risk` parameters, already validated. */
export type ChurnRiskListParams = Readonly<{
  band?: ChurnBand;
  segment?: Segment;
  relationshipManagerId?: string;
  limit: number;
  cursor?: string | null;
}>;

export type TopFactor = Pick<ChurnFactor, 'factor' | 'contribution'>;

/** Ids and segments only: analysts see no names or contacts. */
export type ChurnRiskListItem = Readonly<{
  customerId: string;
  score: number;
  band: ChurnBand;
  segment: Segment | null;
  relationshipManagerId: string;
  topFactors: readonly TopFactor[];
}>;

/** `{ customerId, score, band, modelVersion, asOf, factors }`. */
export type ChurnRiskDetail = Readonly<{ customerId: string }> & ChurnScore;

/** How many factors the list shows per customer: the largest non-zero contributions. */
export const TOP_FACTOR_COUNT = 3;

export const topFactorsOf = (score: ChurnScore): TopFactor[] =>
  score.factors
    .filter((factor) => factor.contribution > 0)
    .slice(0, TOP_FACTOR_COUNT)
    .map(({ factor, contribution }) => ({ factor, contribution }));

const ORDER: SortOrder<ChurnRiskListItem> = {
  key: (item) => item.score,
  id: (item) => item.customerId,
  direction: 'desc',
};

/**
 * The second round takes the customers whose bound at `now` lies within one point below the first's, and each
 * round after twice as many points as the one before: narrow where the page most likely ends, few rounds however far
 * down it ends.
 */
const FIRST_ROUND_TENTHS = 10;

const tenths = (score: number): number => Math.round(score * 10);

/** Departed customers are not at risk of leaving: they have left. */
const candidateEquals = (params: ChurnRiskListParams): Record<string, string> => ({
  status: 'active',
  ...(params.segment === undefined ? {} : { segment: params.segment }),
  ...(params.relationshipManagerId === undefined ? {} : { relationshipManagerId: params.relationshipManagerId }),
});

const matches = (doc: ChurnInputsDocument, params: ChurnRiskListParams): boolean =>
  doc.status === 'active' &&
  (params.segment === undefined || doc.segment === params.segment) &&
  (params.relationshipManagerId === undefined || doc.relationshipManagerId === params.relationshipManagerId);

/** The scores a band admits, in tenths: [from, below). */
const bandTenths = (band: ChurnBand | undefined, { bands }: ChurnModel): { from: number; below: number | null } => {
  switch (band) {
    case undefined:
      return { from: 0, below: null };
    case 'low':
      return { from: 0, below: tenths(bands.mediumFrom) };
    case 'medium':
      return { from: tenths(bands.mediumFrom), below: tenths(bands.highFrom) };
    case 'high':
      return { from: tenths(bands.highFrom), below: null };
    default:
      return assertNever(band);
  }
};

/** The score the page continues below (items after it score at most that); a cursor of another list is refused. */
const cursorScore = (cursor: string | null | undefined): number | null => {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  const { key } = decodeCursor(cursor);
  if (typeof key !== 'number') throw new InvalidQueryParameter('cursor', 'not a cursor returned by this endpoint');
  return key;
};

const listItemOf = (doc: ChurnInputsDocument, now: string, model: ChurnModel): ChurnRiskListItem => {
  const scored = scoreChurnRisk(doc, now, model);
  const { customerId, segment, relationshipManagerId } = doc;
  const { score, band } = scored;
  return { customerId, score, band, segment, relationshipManagerId, topFactors: topFactorsOf(scored) };
};

/**
 * `GET /v1/churn-risk`: the requested page of active customers, highest score at `now` first (ties by customerId),
 * scored at `now` so recency never goes stale, without scoring every customer. The store bounds each customer's
 * score at any time (churn-bounds.ts). The first round scores the customers whose bound at `now` reaches the highest
 * score the page may list (those whose floor is already above it are left out), each next round those whose bound
 * lies in the next interval down. Once a round ends at T, every listable customer scoring T or more has been scored,
 * so as soon as the page and one more item score at least T (or T is the lowest score the band admits) the page is
 * exact. Customers whose facts lie after `now` (a question about the past) are outside the bounds' reach and are
 * scored outright.
 */
export const churnRiskList = async (
  reads: ReadModelReads,
  projectionId: string,
  params: ChurnRiskListParams,
  now: string,
): Promise<Page<ChurnRiskListItem>> => {
  const model = CURRENT_CHURN_MODEL;
  const band = bandTenths(params.band, model);
  const after = cursorScore(params.cursor);
  const below = after === null ? band.below : Math.min(band.below ?? Infinity, tenths(after) + 1);
  const equals = candidateEquals(params);
  const scored = new Map<string, ChurnRiskListItem>();
  const score = (docs: readonly ChurnInputsDocument[]): void => {
    for (const doc of docs) {
      if (!scored.has(doc.customerId) && matches(doc, params)) scored.set(doc.customerId, listItemOf(doc, now, model));
    }
  };
  const find = (filter: DocumentFilter) =>
    reads.find<ChurnInputsDocument>(projectionId, CHURN_INPUTS_COLLECTION.name, filter);
  const listable = (item: ChurnRiskListItem, lower: number): boolean => {
    const itemTenths = tenths(item.score);
    return itemTenths >= lower && itemTenths >= band.from && (band.below === null || itemTenths < band.below);
  };

  const afterNow = new Date(Date.parse(now) + 1).toISOString();
  score(await find({ equals: { status: 'active' }, ranges: [{ field: 'boundsFrom', from: afterNow, to: null }] }));
  let upper: number | null = null;
  let lower = Math.min(MAX_SCORE_TENTHS, below ?? Infinity);
  let width = FIRST_ROUND_TENTHS;
  for (;;) {
    const filters = candidateFilters({ equals, lower, upper, below, now, model });
    (await Promise.all(filters.map(find))).forEach(score);
    const page = paginate([...scored.values()].filter((item) => listable(item, lower)), ORDER, params);
    if (page.nextCursor !== null || lower <= band.from) return page;
    [upper, lower, width] = [lower, Math.max(band.from, lower - width), width * 2];
  }
};

/** `GET /v1/churn-risk/:customerId`; null (404) for an unknown or departed customer. */
export const churnRiskDetail = (
  doc: ChurnInputsDocument | null | undefined,
  now: string,
  model: ChurnModel,
): ChurnRiskDetail | null => {
  if (doc === null || doc === undefined || doc.status !== 'active') return null;
  return { customerId: doc.customerId, ...scoreChurnRisk(doc, now, model) };
};
