import type { Segment } from '@concord/contracts';
import { paginate, type Page } from '../metrics/paginate.js';
import type { DocumentFilter } from '../shared/document-filter.js';
import type { ChurnInputsDocument } from './churn-inputs.document.js';
import type { ChurnBand, ChurnFactor, ChurnModel, ChurnScore } from './churn-model.js';
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

/** Departed customers are not at risk of leaving: they have left. The band is computed, so it cannot be fetched by. */
export const churnRiskListFilter = (params: ChurnRiskListParams): DocumentFilter => ({
  equals: {
    status: 'active',
    ...(params.segment === undefined ? {} : { segment: params.segment }),
    ...(params.relationshipManagerId === undefined ? {} : { relationshipManagerId: params.relationshipManagerId }),
  },
  range: null,
});

const matches = (doc: ChurnInputsDocument, params: ChurnRiskListParams): boolean =>
  doc.status === 'active' &&
  (params.segment === undefined || doc.segment === params.segment) &&
  (params.relationshipManagerId === undefined || doc.relationshipManagerId === params.relationshipManagerId);

/**
 * `GET /v1/churn-risk`: scores the candidates at `now` (so recency never goes stale), keeps the requested band, and
 * pages highest score first, ties by customerId.
 */
export const churnRiskList = (
  docs: readonly ChurnInputsDocument[],
  params: ChurnRiskListParams,
  now: string,
  model: ChurnModel,
): Page<ChurnRiskListItem> => {
  const items = docs
    .filter((doc) => matches(doc, params))
    .map((doc): ChurnRiskListItem => {
      const scored = scoreChurnRisk(doc, now, model);
      const { customerId, segment, relationshipManagerId } = doc;
      const { score, band } = scored;
      return { customerId, score, band, segment, relationshipManagerId, topFactors: topFactorsOf(scored) };
    })
    .filter((item) => params.band === undefined || item.band === params.band);
  return paginate(items, { key: (item) => item.score, id: (item) => item.customerId, direction: 'desc' }, params);
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
