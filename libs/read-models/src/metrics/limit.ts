import { InvalidQueryParameter } from './invalid-query-parameter.error.js';

export type LimitOptions = Readonly<{ defaultLimit: number; maxLimit: number }>;

/** List endpoints default to 50 items and never return more than 500 at once. */
export const DEFAULT_LIMITS: LimitOptions = { defaultLimit: 50, maxLimit: 500 };

/** Validates the `limit` query parameter: a whole number from 1 to the maximum; absent means the default. */
export const parseLimit = (raw: string | undefined, options: LimitOptions = DEFAULT_LIMITS): number => {
  if (raw === undefined || raw === '') return options.defaultLimit;
  const limit = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > options.maxLimit) {
    throw new InvalidQueryParameter('limit', `"${raw}" is not a whole number from 1 to ${options.maxLimit}`);
  }
  return limit;
};
