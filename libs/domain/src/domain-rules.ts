import { DEFAULT_COMPLAINT_CATEGORIES, DEFAULT_PRODUCTS } from '@concord/contracts';

/** The configurable rules deciders apply. Defaults follow DOMAIN.md; deployments may override them. */
export type DomainRules = Readonly<{
  /** Days from receipt within which a complaint must be decided (China 2020 rules: 15). */
  complaintDecisionDays: number;
  /** Latest due date a first (complex-case) extension may set, in days after receipt (30). */
  complexCaseMaxDays: number;
  /** Latest due date a second, approved extension may set, in days after receipt (60). */
  specialCaseMaxDays: number;
  /** How far a business time may lie ahead of `now`, for clocks that disagree slightly. */
  clockSkewSeconds: number;
  /** Complaint categories and products a complaint may name. */
  taxonomy: Readonly<{ categories: readonly string[]; products: readonly string[] }>;
}>;

export const DEFAULT_RULES: DomainRules = {
  complaintDecisionDays: 15,
  complexCaseMaxDays: 30,
  specialCaseMaxDays: 60,
  clockSkewSeconds: 300,
  taxonomy: { categories: DEFAULT_COMPLAINT_CATEGORIES, products: DEFAULT_PRODUCTS },
};
