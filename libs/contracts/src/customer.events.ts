import type {
  Channel,
  ComplaintOutcome,
  ComplaintSeverity,
  ContactDirection,
  ContactPurpose,
  CustomerKind,
  NotReachedReason,
  RiskRating,
  Segment,
  SurveyKind,
  ValueTier,
} from './vocabulary.js';

/** Events are readonly data tagged by `type`; a shipped shape never changes (add optional fields or a v2). */
export type EventOf<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

/** All times cross the wire as ISO-8601 UTC strings. */
export type IsoTime = string;

export type CustomerRegistered = EventOf<
  'CustomerRegistered',
  {
    customerId: string;
    kind: CustomerKind;
    name: string;
    phone?: string;
    email?: string;
    relationshipManagerId: string;
    /** The channel through which the customer was onboarded. */
    channel: Channel;
    registeredAt: IsoTime;
  }
>;

/**
 * What came of a contact (since CustomerContacted v2). A follow-up carries the time it is due by, so it can be
 * planned and chased; `followUpBy` and `reason` are absent on contacts recorded in version 1, which had neither.
 */
export type ContactOutcome =
  | Readonly<{ status: 'reached' }>
  | Readonly<{ status: 'not_reached'; reason?: NotReachedReason }>
  | Readonly<{ status: 'follow_up_needed'; followUpBy?: IsoTime }>;

/** Version 2: `outcome` is structured (version 1 had the status alone; see the upcaster). */
export type CustomerContacted = EventOf<
  'CustomerContacted',
  {
    customerId: string;
    contactId: string;
    channel: Channel;
    direction: ContactDirection;
    purpose: ContactPurpose;
    outcome?: ContactOutcome;
    summary?: string;
    staffId: string;
    occurredAt: IsoTime;
  }
>;

export type Classification = Readonly<{
  segment: Segment;
  valueTier?: ValueTier;
  riskRating?: RiskRating;
}>;

export type CustomerClassified = EventOf<
  'CustomerClassified',
  Classification & {
    customerId: string;
    reason: string;
    /** A staff member's id, or a rule's id when classification was automatic. */
    classifiedBy: Readonly<{ kind: 'staff' | 'rule'; id: string }>;
    /** The classification this one replaces; null for the first. */
    previous: Classification | null;
    classifiedAt: IsoTime;
  }
>;

export type CustomerComplained = EventOf<
  'CustomerComplained',
  {
    customerId: string;
    complaintId: string;
    category: string;
    product: string;
    severity: ComplaintSeverity;
    channel: Channel;
    description: string;
    /** Staff whom the complaint concerns: none of them may resolve it (recusal). */
    staffInvolved: readonly string[];
    receivedAt: IsoTime;
    dueAt: IsoTime;
  }
>;

export type ComplaintDeadlineExtended = EventOf<
  'ComplaintDeadlineExtended',
  {
    customerId: string;
    complaintId: string;
    /** 1 for the first extension (complex case), 2 for the second (approved, at most 60 days). */
    extension: 1 | 2;
    previousDueAt: IsoTime;
    newDueAt: IsoTime;
    reason: string;
    approvedBy?: string;
    customerNotifiedAt?: IsoTime;
    extendedAt: IsoTime;
  }
>;

export type ComplaintResolved = EventOf<
  'ComplaintResolved',
  {
    customerId: string;
    complaintId: string;
    outcome: ComplaintOutcome;
    resolution: string;
    remedy?: string;
    handlerId: string;
    resolvedAt: IsoTime;
    /** True when resolvedAt is not after the complaint's due date at the time of resolution. */
    withinDeadline: boolean;
  }
>;

export type CustomerSurveyed = EventOf<
  'CustomerSurveyed',
  {
    customerId: string;
    surveyId: string;
    kind: SurveyKind;
    /** csat: 1–5; nps: 0–10. */
    score: number;
    comment?: string;
    channel: Channel;
    relatedComplaintId?: string;
    relatedContactId?: string;
    respondedAt: IsoTime;
  }
>;

export type RelationshipEnded = EventOf<
  'RelationshipEnded',
  { customerId: string; reason: string; endedAt: IsoTime }
>;

export type RelationshipResumed = EventOf<
  'RelationshipResumed',
  { customerId: string; reason?: string; resumedAt: IsoTime }
>;

export type CustomerEvent =
  | CustomerRegistered
  | CustomerContacted
  | CustomerClassified
  | CustomerComplained
  | ComplaintDeadlineExtended
  | ComplaintResolved
  | CustomerSurveyed
  | RelationshipEnded
  | RelationshipResumed;

export type CustomerEventType = CustomerEvent['type'];

export const CUSTOMER_EVENT_TYPES = [
  'CustomerRegistered',
  'CustomerContacted',
  'CustomerClassified',
  'CustomerComplained',
  'ComplaintDeadlineExtended',
  'ComplaintResolved',
  'CustomerSurveyed',
  'RelationshipEnded',
  'RelationshipResumed',
] as const satisfies readonly CustomerEventType[];

/**
 * Current schema version of each event type: what new events are written as, and what stored events of older
 * versions are upcast to when read (see upcast.ts). A version never changes once shipped.
 */
export const SCHEMA_VERSIONS = {
  CustomerRegistered: 1,
  CustomerContacted: 2,
  CustomerClassified: 1,
  CustomerComplained: 1,
  ComplaintDeadlineExtended: 1,
  ComplaintResolved: 1,
  CustomerSurveyed: 1,
  RelationshipEnded: 1,
  RelationshipResumed: 1,
} as const satisfies Readonly<Record<CustomerEventType, number>>;
