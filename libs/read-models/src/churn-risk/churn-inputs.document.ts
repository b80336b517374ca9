import type { IsoTime, Segment, SurveyKind, ValueTier } from '@concord/contracts';
import type { CollectionDefinition } from '../projection.js';

export type ChurnComplaint = Readonly<{
  complaintId: string;
  receivedAt: IsoTime;
  /** The due date in force; open and past it at query time means overdue. */
  dueAt: IsoTime;
  resolvedAt: IsoTime | null;
}>;

export type ChurnSurvey = Readonly<{ surveyId: string; kind: SurveyKind; score: number; respondedAt: IsoTime }>;

/** The latest classification that lowered the segment or the value tier; cleared by one that raises either. */
export type Downgrade = Readonly<{
  classifiedAt: IsoTime;
  segment: Readonly<{ from: Segment; to: Segment }> | null;
  valueTier: Readonly<{ from: ValueTier; to: ValueTier }> | null;
}>;

/**
 * The inputs of the churn score for one customer, keyed by customerId: facts and times only, never a score, a
 * day count or an "overdue" flag, because those depend on when the question is asked. The list query scores the
 * candidates at `now` from these, so they stay compact: one entry per complaint and the two latest surveys.
 * Ids, categories, times and numbers only: analysts read this collection.
 */
export type ChurnInputsDocument = Readonly<{
  customerId: string;
  status: 'active' | 'departed';
  relationshipManagerId: string;
  segment: Segment | null;
  valueTier: ValueTier | null;
  /** Registration or the latest resumption: tenure is that of the current relationship. */
  activeSince: IsoTime;
  /** The latest contact that reached the customer. */
  lastContactAt: IsoTime | null;
  /** In filing order. */
  complaints: readonly ChurnComplaint[];
  latestCsat: ChurnSurvey | null;
  latestNps: ChurnSurvey | null;
  /** The two latest responses of either kind by (respondedAt, surveyId), oldest first: the satisfaction trend. */
  lastTwoSurveys: readonly ChurnSurvey[];
  downgrade: Downgrade | null;
}>;

/** What the model reads; the rest of the document is for filtering the list. */
export type ChurnInputs = Pick<
  ChurnInputsDocument,
  'activeSince' | 'lastContactAt' | 'complaints' | 'latestCsat' | 'latestNps' | 'lastTwoSurveys' | 'downgrade'
>;

/** The list filters on status (departed customers are excluded) with segment or relationship manager. */
export const CHURN_INPUTS_COLLECTION: CollectionDefinition = {
  name: 'churn_inputs',
  indexes: [{ fields: ['status', 'segment'] }, { fields: ['status', 'relationshipManagerId'] }],
  dateFields: [
    'activeSince',
    'lastContactAt',
    'complaints.receivedAt',
    'complaints.dueAt',
    'complaints.resolvedAt',
    'latestCsat.respondedAt',
    'latestNps.respondedAt',
    'lastTwoSurveys.respondedAt',
    'downgrade.classifiedAt',
  ],
};
