/**
 * Closed vocabularies shared by commands, events and read models.
 * Each is a readonly tuple so runtime validation (API DTOs, JSON Schemas) and types come from one list.
 */
export const CUSTOMER_KINDS = ['individual', 'corporate'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** Every channel through which the bank meets a customer (onboarding, contact, complaint, survey). */
export const CHANNELS = [
  'branch',
  'phone',
  'mobile_app',
  'online_banking',
  'wechat',
  'email',
  'visit',
  'seminar',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CONTACT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export const CONTACT_PURPOSES = [
  'service',
  'marketing',
  'follow_up',
  'care',
  'event_invitation',
  'training',
  'complaint_follow_up',
] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/** What came of a contact: the `status` of a CustomerContacted outcome (the whole outcome up to version 1). */
export const CONTACT_OUTCOME_STATUSES = ['reached', 'not_reached', 'follow_up_needed'] as const;
export type ContactOutcomeStatus = (typeof CONTACT_OUTCOME_STATUSES)[number];

/**
 * Why a contact did not reach the customer. `wrong_contact_details` tells the manager the customer's phone or
 * address needs updating; `declined` that the customer refused the contact, which outreach should respect.
 */
export const NOT_REACHED_REASONS = ['no_answer', 'busy', 'wrong_contact_details', 'declined'] as const;
export type NotReachedReason = (typeof NOT_REACHED_REASONS)[number];

export const SEGMENTS = ['mass', 'affluent', 'private_banking', 'sme', 'corporate', 'institutional'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Ordered lowest to highest: a move to an earlier entry is a downgrade. */
export const VALUE_TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

export const RISK_RATINGS = ['low', 'medium', 'high'] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];

export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

export const COMPLAINT_OUTCOMES = ['upheld', 'partially_upheld', 'rejected', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export const SURVEY_KINDS = ['csat', 'nps'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const ROLES = [
  'relationship_manager',
  'complaint_handler',
  'auditor',
  'analyst',
  'service',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * The complaint taxonomy a deployment starts with. Deployments may configure their own (the domain's rules), so
 * events carry categories and products as plain strings rather than as a closed vocabulary.
 */
export const DEFAULT_COMPLAINT_CATEGORIES = [
  'fees_and_charges',
  'service_quality',
  'account_management',
  'payments',
  'lending',
  'cards',
  'digital_banking',
  'fraud_and_security',
  'privacy',
  'sales_practice',
  'other',
] as const;

export const DEFAULT_PRODUCTS = [
  'current_account',
  'savings',
  'credit_card',
  'debit_card',
  'mortgage',
  'personal_loan',
  'sme_loan',
  'wealth_management',
  'insurance',
  'mobile_banking',
  'other',
] as const;
