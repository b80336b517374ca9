import type {
  Channel,
  ComplaintSeverity,
  ContactDirection,
  ContactOutcomeStatus,
  ContactPurpose,
  CustomerKind,
  IsoTime,
  RiskRating,
  Segment,
  ValueTier,
} from '@concord/contracts';
import type { CollectionDefinition } from '../projection.js';

/** The latest contact on one channel, reached or not, so a manager sees an unanswered call as well. */
export type LastContact = Readonly<{
  channel: Channel;
  contactId: string;
  occurredAt: IsoTime;
  direction: ContactDirection;
  purpose: ContactPurpose;
  /** The outcome's status; null when none was recorded. */
  outcome: ContactOutcomeStatus | null;
}>;

export type OpenComplaintSummary = Readonly<{
  complaintId: string;
  category: string;
  product: string;
  severity: ComplaintSeverity;
  channel: Channel;
  receivedAt: IsoTime;
  /** The due date in force, moved by extensions. Whether it has passed is decided at query time. */
  dueAt: IsoTime;
  extensions: 0 | 1 | 2;
}>;

export type LatestSurvey = Readonly<{ surveyId: string; score: number; channel: Channel; respondedAt: IsoTime }>;

/**
 * One per customer, keyed by customerId. The only read model holding personal data (name, phone, email), and only
 * what the 360 view shows: no contact summaries, complaint descriptions or survey comments (PIPL Art. 6).
 */
export type Customer360Document = Readonly<{
  customerId: string;
  kind: CustomerKind;
  name: string;
  phone: string | null;
  email: string | null;
  relationshipManagerId: string;
  onboardingChannel: Channel;
  registeredAt: IsoTime;
  status: 'active' | 'departed';
  /** Registration, or the latest resumption. */
  activeSince: IsoTime;
  endedAt: IsoTime | null;
  segment: Segment | null;
  valueTier: ValueTier | null;
  riskRating: RiskRating | null;
  classifiedAt: IsoTime | null;
  /** At most one per channel, in the order of CHANNELS. */
  lastContacts: readonly LastContact[];
  /** By due date, then complaintId. */
  openComplaints: readonly OpenComplaintSummary[];
  latestCsat: LatestSurvey | null;
  latestNps: LatestSurvey | null;
}>;

/** Read by id only, so no secondary index. */
export const CUSTOMER_360_COLLECTION: CollectionDefinition = {
  name: 'customer_360',
  indexes: [],
  dateFields: [
    'registeredAt',
    'activeSince',
    'endedAt',
    'classifiedAt',
    'lastContacts.occurredAt',
    'openComplaints.receivedAt',
    'openComplaints.dueAt',
    'latestCsat.respondedAt',
    'latestNps.respondedAt',
  ],
};
