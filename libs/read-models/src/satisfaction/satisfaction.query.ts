import { csatOf, type CsatSummary } from '../metrics/csat.js';
import { groupItems, type GroupKey } from '../metrics/group-by.js';
import { npsOf, type NpsSummary } from '../metrics/nps.js';
import { isInRange, type TimeRange } from '../metrics/time-range.js';
import { assertNever } from '@concord/domain';
import type { DocumentFilter } from '../shared/document-filter.js';
import type { SurveyResponseDocument } from './satisfaction.document.js';

export const SATISFACTION_DIMENSIONS = ['month', 'segment', 'channel'] as const;
export type SatisfactionDimension = (typeof SATISFACTION_DIMENSIONS)[number];

export type SatisfactionMetrics = CsatSummary & NpsSummary;

/** Segment null groups responses given before the customer was first classified. */
export type SatisfactionRow = GroupKey<SatisfactionDimension> & SatisfactionMetrics;

export type SatisfactionDashboard = Readonly<{ rows: readonly SatisfactionRow[]; totals: SatisfactionMetrics }>;

export type SatisfactionParams = Readonly<{ range: TimeRange; groupBy: readonly SatisfactionDimension[] }>;

/** Surveys are counted by the time the customer responded. */
export const satisfactionFilter = ({ range }: SatisfactionParams): DocumentFilter => ({
  equals: {},
  range: { field: 'respondedAt', from: range.from, to: range.to },
});

const valueOf = (response: SurveyResponseDocument, dimension: SatisfactionDimension): string | null => {
  switch (dimension) {
    case 'month':
      return response.month;
    case 'segment':
      return response.segment;
    case 'channel':
      return response.channel;
    default:
      return assertNever(dimension);
  }
};

export const satisfactionMetrics = (responses: readonly SurveyResponseDocument[]): SatisfactionMetrics => {
  const scoresOf = (kind: SurveyResponseDocument['kind']): number[] =>
    responses.filter((response) => response.kind === kind).map((response) => response.score);
  return { ...csatOf(scoresOf('csat')), ...npsOf(scoresOf('nps')) };
};

/** `GET /v1/dashboards/satisfaction`: CSAT and NPS per group of responses in the range, and over all of them. */
export const satisfactionDashboard = (
  responses: readonly SurveyResponseDocument[],
  params: SatisfactionParams,
): SatisfactionDashboard => {
  const selected = responses.filter((response) => isInRange(response.respondedAt, params.range));
  const rows = groupItems(selected, params.groupBy, valueOf).map(({ key, items }) => ({
    ...key,
    ...satisfactionMetrics(items),
  }));
  return { rows, totals: satisfactionMetrics(selected) };
};
