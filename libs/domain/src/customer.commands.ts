import type {
  Actor,
  Channel,
  ComplaintOutcome,
  ComplaintSeverity,
  ContactDirection,
  ContactOutcome,
  ContactPurpose,
  CustomerKind,
  IsoTime,
  RiskRating,
  Segment,
  SurveyKind,
  ValueTier,
} from '@concord/contracts';
import type { DomainRules } from './domain-rules.js';

/**
 * What every command carries besides its data. The decider has no clock and makes no ids:
 * `now` and every id arrive with the command.
 */
export type CommandMeta = Readonly<{ now: IsoTime; actor: Actor; rules: DomainRules }>;

export type CommandOf<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data>; meta: CommandMeta }>;

/** Business times (`registeredAt`, `occurredAt`, …) are optional: omitted, they default to `meta.now`. */
export type RegisterCustomer = CommandOf<
  'RegisterCustomer',
  {
    customerId: string;
    kind: CustomerKind;
    name: string;
    phone?: string;
    email?: string;
    relationshipManagerId: string;
    channel: Channel;
    registeredAt?: IsoTime;
  }
>;

/**
 * A new contact's outcome: a follow-up needs the time it is due by, or nobody will know when to chase it (only
 * contacts recorded before version 2 of CustomerContacted lack it).
 */
export type NewContactOutcome =
  | Exclude<ContactOutcome, { status: 'follow_up_needed' }>
  | Readonly<{ status: 'follow_up_needed'; followUpBy: IsoTime }>;

/** The staff member who made the contact is the command's actor. */
export type ContactCustomer = CommandOf<
  'ContactCustomer',
  {
    customerId: string;
    contactId: string;
    channel: Channel;
    direction: ContactDirection;
    purpose: ContactPurpose;
    outcome?: NewContactOutcome;
    summary?: string;
    occurredAt?: IsoTime;
  }
>;

/** Classified by the actor (a staff member); `classifiedAt` is `meta.now`. */
export type ClassifyCustomer = CommandOf<
  'ClassifyCustomer',
  {
    customerId: string;
    segment: Segment;
    valueTier?: ValueTier;
    riskRating?: RiskRating;
    reason: string;
  }
>;

export type FileComplaint = CommandOf<
  'FileComplaint',
  {
    customerId: string;
    complaintId: string;
    category: string;
    product: string;
    severity: ComplaintSeverity;
    channel: Channel;
    description: string;
    staffInvolved?: readonly string[];
    receivedAt?: IsoTime;
  }
>;

export type ExtendComplaintDeadline = CommandOf<
  'ExtendComplaintDeadline',
  {
    customerId: string;
    complaintId: string;
    newDueAt: IsoTime;
    reason: string;
    approvedBy?: string;
    customerNotifiedAt?: IsoTime;
  }
>;

/** The handler who resolves is the command's actor. */
export type ResolveComplaint = CommandOf<
  'ResolveComplaint',
  {
    customerId: string;
    complaintId: string;
    outcome: ComplaintOutcome;
    resolution: string;
    remedy?: string;
    resolvedAt?: IsoTime;
  }
>;

export type SurveyCustomer = CommandOf<
  'SurveyCustomer',
  {
    customerId: string;
    surveyId: string;
    kind: SurveyKind;
    score: number;
    comment?: string;
    channel: Channel;
    relatedComplaintId?: string;
    relatedContactId?: string;
    respondedAt?: IsoTime;
  }
>;

export type EndRelationship = CommandOf<
  'EndRelationship',
  { customerId: string; reason: string; endedAt?: IsoTime }
>;

export type ResumeRelationship = CommandOf<
  'ResumeRelationship',
  { customerId: string; reason?: string; resumedAt?: IsoTime }
>;

export type CustomerCommand =
  | RegisterCustomer
  | ContactCustomer
  | ClassifyCustomer
  | FileComplaint
  | ExtendComplaintDeadline
  | ResolveComplaint
  | SurveyCustomer
  | EndRelationship
  | ResumeRelationship;

export type CustomerCommandType = CustomerCommand['type'];
