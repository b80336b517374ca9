import type { Channel, IsoTime, Segment, SurveyKind } from '@concord/contracts';
import type { CollectionDefinition } from '../projection.js';

/** One classification as the satisfaction read model remembers it: enough to know the segment at any response. */
export type SegmentChange = Readonly<{
  /** The classification's revision in the customer's stream: what was recorded before a response. */
  revision: number;
  classifiedAt: IsoTime;
  segment: Segment;
}>;

/**
 * Per customer (keyed by customerId): the segment history, by revision. A history rather than the current segment,
 * because a response must get the segment in force when it was given even when a batch is replayed after later
 * classifications were applied (or after a crash wrote some documents of a batch and not others).
 */
export type SatisfactionCustomerDocument = Readonly<{
  customerId: string;
  segments: readonly SegmentChange[];
}>;

/**
 * One per survey response, keyed by customerScopedId(customerId, surveyId), written whole so counts stay exact
 * under replays. No comment text: analysts read this collection.
 */
export type SurveyResponseDocument = Readonly<{
  customerId: string;
  surveyId: string;
  kind: SurveyKind;
  score: number;
  channel: Channel;
  /** The segment in force at the response; null when the customer was not classified yet. */
  segment: Segment | null;
  respondedAt: IsoTime;
  /** `YYYY-MM` of respondedAt in UTC, for grouping in MongoDB without date arithmetic. */
  month: string;
}>;

export const SATISFACTION_CUSTOMERS_COLLECTION: CollectionDefinition = {
  name: 'satisfaction_customers',
  indexes: [],
  dateFields: ['segments.classifiedAt'],
};

/**
 * The dashboard counts the responses of a respondedAt range by kind, score and its dimensions; the index holds all
 * of them, so SQLite counts off the index without reading a document.
 */
export const SURVEY_RESPONSES_COLLECTION: CollectionDefinition = {
  name: 'survey_responses',
  indexes: [{ fields: ['respondedAt', 'kind', 'score', 'month', 'segment', 'channel'] }],
  dateFields: ['respondedAt'],
};
