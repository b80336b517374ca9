import { MILLISECONDS_PER_DAY } from '@concord/domain';

/**
 * Whether a time is in the canonical form events carry (formatIsoTime: UTC, milliseconds, `Z`, a four-digit year):
 * there, the order of the strings is the order in time, and the first seven characters are the month. Folds
 * compare and group millions of times, and Date.parse costs many times a comparison of strings; any other form
 * (a query's parameter, an offset) goes through Date.parse.
 */
const isCanonical = (time: string): boolean => time.length === 24 && time.endsWith('Z');

/** Negative when `a` is earlier than `b`, positive when later, 0 for the same instant. */
export const compareInstants = (a: string, b: string): number => {
  if (isCanonical(a) && isCanonical(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
};

/** `YYYY-MM` of an instant, in UTC: the month a dashboard groups it under, whatever the reader's zone. */
export const monthOf = (time: string): string =>
  (isCanonical(time) ? time : new Date(Date.parse(time)).toISOString()).slice(0, 7);

/** Fractional days from `from` to `to` (negative when `to` is earlier); days are exact 24-hour periods. */
export const daysBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / MILLISECONDS_PER_DAY;

/** Whole days from `from` to `now`, never negative: a time a little ahead of `now` (clock skew) is 0 days ago. */
export const wholeDaysSince = (from: string, now: string): number => Math.max(0, Math.floor(daysBetween(from, now)));

/**
 * True when `time` lies at most `days` days before `now`: exactly 30 days ago is within the last 30 days, one
 * millisecond more is not. A time after `now` (clock skew) counts as within.
 */
export const withinLastDays = (time: string, now: string, days: number): boolean =>
  Date.parse(now) - Date.parse(time) <= days * MILLISECONDS_PER_DAY;
