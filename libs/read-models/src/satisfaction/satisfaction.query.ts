import { csatOf, type CsatSummary } from '../metrics/csat.js';
import { acrossRows, countedRows, type GroupKey } from '../metrics/group-by.js';
import { npsOf, type NpsSummary } from '../metrics/nps.js';
import type { TimeRange } from '../metrics/time-range.js';
import type { ReadModelReads } from '../runtime/read-model-store.port.js';
import type { DocumentFilter, GroupCount } from '../shared/document-filter.js';
import { SURVEY_RESPONSES_COLLECTION } from './satisfaction.document.js';

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
  ranges: [{ field: 'respondedAt', from: range.from, to: range.to }],
});

/** From the responses counted per (kind, score): every figure is a count or a sum over the scores. */
const satisfactionMetrics = (groups: readonly GroupCount[]): SatisfactionMetrics => {
  const scoresOf = (kind: string) =>
    groups.filter(({ key }) => key[0] === kind).map(({ key, count }) => ({ value: Number(key[1]), count }));
  return { ...csatOf(scoresOf('csat')), ...npsOf(scoresOf('nps')) };
};

/**
 * `GET /v1/dashboards/satisfaction`: CSAT and NPS per group of responses in the range, and over all of them. The
 * store counts the responses per group, kind and score, so no response leaves it: one row per score and group.
 */
export const satisfactionDashboard = async (
  reads: ReadModelReads,
  projectionId: string,
  params: SatisfactionParams,
): Promise<SatisfactionDashboard> => {
  const groupBy = [...params.groupBy, 'kind', 'score'];
  const filter = satisfactionFilter(params);
  const counted = await reads.count(projectionId, SURVEY_RESPONSES_COLLECTION.name, filter, groupBy);
  const countedByRow = countedRows(params.groupBy, [counted]);
  const rows = countedByRow.map(({ key, counts: [groups = []] }) => ({ ...key, ...satisfactionMetrics(groups) }));
  const [all = []] = acrossRows(countedByRow, 1);
  return { rows, totals: satisfactionMetrics(all) };
};
