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
 * The facts behind the churn score of one customer: times and facts only, never a score, a day count or an
 * "overdue" flag, because those depend on when the question is asked. Compact: one entry per complaint and the two
 * latest surveys. Ids, categories, times and numbers only: analysts read this collection.
 */
export type ChurnFacts = Readonly<{
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

/**
 * What lets the list find its highest scores without scoring every customer (churn-bounds.ts). The score at an
 * instant is the contact-recency points then, which the list computes from `recencyFrom`, plus the other factors:
 * from `boundsFrom` on at least `scoreFloor` and at most `scoreCeiling`; from `settledAt` on at most
 * `settledCeiling`, which they then hold exactly but for rounding. Derived from the facts by the current churn model.
 */
export type ChurnBounds = Readonly<{
  /** The instant contact recency counts from: the latest contact that reached the customer, or `activeSince`. */
  recencyFrom: IsoTime;
  /** The latest instant among the facts: `scoreFloor` and `scoreCeiling` hold at every instant from then on. */
  boundsFrom: IsoTime;
  /** The most the factors other than recency can add together, in whole points rounded up (at most 100). */
  scoreCeiling: number;
  /** The least the factors other than recency add together, with one decimal. */
  scoreFloor: number;
  /** From this instant the windows of the facts have closed and every open complaint is overdue. */
  settledAt: IsoTime;
  /** What the factors other than recency add from `settledAt` on, in whole points rounded up (at most 100). */
  settledCeiling: number;
}>;

/** One per customer, keyed by customerId. */
export type ChurnInputsDocument = ChurnFacts & ChurnBounds;

/** What the model reads; the rest of the document is for filtering and bounding the list. */
export type ChurnInputs = Pick<
  ChurnFacts,
  'activeSince' | 'lastContactAt' | 'complaints' | 'latestCsat' | 'latestNps' | 'lastTwoSurveys' | 'downgrade'
>;

/**
 * The list reads ranges of (status, ceiling, recencyFrom): by settledCeiling for customers settled at the time
 * asked, by scoreCeiling (and scoreFloor) for the others, each telling them apart by settledAt, and checking the
 * segment or manager asked for, within the index: two indexes serve every filter of the list, where one per filter
 * would slow every write of a rebuild. The last index finds the few customers whose facts lie after the time asked.
 */
export const CHURN_INPUTS_COLLECTION: CollectionDefinition = {
  name: 'churn_inputs',
  indexes: [
    { fields: ['status', 'settledCeiling', 'recencyFrom', 'settledAt', 'segment', 'relationshipManagerId'] },
    {
      fields: ['status', 'scoreCeiling', 'recencyFrom', 'settledAt', 'scoreFloor', 'segment', 'relationshipManagerId'],
    },
    { fields: ['status', 'boundsFrom'] },
  ],
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
    'recencyFrom',
    'boundsFrom',
    'settledAt',
  ],
};
