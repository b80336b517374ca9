import { MILLISECONDS_PER_DAY } from '@concord/domain';

/** `YYYY-MM` of an instant, in UTC: the month a dashboard groups it under, whatever the reader's zone. */
export const monthOf = (time: string): string => new Date(Date.parse(time)).toISOString().slice(0, 7);

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
