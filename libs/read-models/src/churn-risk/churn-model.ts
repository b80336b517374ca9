/** The factors of the churn score, in the order the model lists them. */
export const CHURN_FACTORS = [
  'days_since_last_contact',
  'open_complaints',
  'overdue_complaints',
  'recent_complaints',
  'low_csat',
  'nps_detractor',
  'falling_satisfaction',
  'downgrade',
  'short_tenure',
] as const;
export type ChurnFactorName = (typeof CHURN_FACTORS)[number];

export const CHURN_BANDS = ['low', 'medium', 'high'] as const;
export type ChurnBand = (typeof CHURN_BANDS)[number];

/** A count-based factor: `each` points per item, at most `cap`. */
export type PerItemWeight = Readonly<{ each: number; cap: number }>;

/**
 * Weights and thresholds of one version of the churn model. Versioned configuration, not code: a new version is a
 * new object with a new `version`, and every score says which version produced it (PIPL Art. 24).
 */
export type ChurnModel = Readonly<{
  version: string;
  /** low < mediumFrom ≤ medium < highFrom ≤ high. */
  bands: Readonly<{ mediumFrom: number; highFrom: number }>;
  /** Nothing up to `graceDays` without contact, rising linearly to `weight` at `fullDays`. */
  contactRecency: Readonly<{ graceDays: number; fullDays: number; weight: number }>;
  openComplaints: PerItemWeight;
  /** Added on top of openComplaints: an overdue complaint is an open one the bank is failing on. */
  overdueComplaints: PerItemWeight;
  /** Complaints received in the last `windowDays`, open or resolved. */
  recentComplaints: PerItemWeight & Readonly<{ windowDays: number }>;
  /** The latest CSAT answer at most `atMost` (1–5 scale). */
  lowCsat: Readonly<{ atMost: number; weight: number }>;
  /** The latest NPS answer at most `atMost` (0–10 scale): a detractor. */
  npsDetractor: Readonly<{ atMost: number; weight: number }>;
  /** The last two answers, each normalised to 0–1 on its own scale, falling by at least `minDrop`. */
  fallingSatisfaction: Readonly<{ minDrop: number; weight: number }>;
  /** A downgrade of segment or value tier in the last `windowDays` (see classification-order.ts). */
  downgrade: Readonly<{ windowDays: number; weight: number }>;
  /** A current relationship younger than `belowDays`. */
  shortTenure: Readonly<{ belowDays: number; weight: number }>;
}>;

export type ChurnFactor = Readonly<{
  factor: ChurnFactorName;
  /** Points this factor adds, one decimal place; 0 when it does not apply. */
  contribution: number;
  /** One short sentence a relationship manager can read out. */
  detail: string;
}>;

export type ChurnScore = Readonly<{
  /** 0–100 with one decimal place: the sum of the contributions, capped at 100. */
  score: number;
  band: ChurnBand;
  modelVersion: string;
  /** The instant the score describes: recency factors are computed at this time. */
  asOf: string;
  /** Every factor of the model, highest contribution first (ties in model order), zeros included. */
  factors: readonly ChurnFactor[];
}>;
