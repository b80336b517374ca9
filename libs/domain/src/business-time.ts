import type { IsoTime } from '@concord/contracts';
import type { CommandMeta } from './customer.commands.js';
import { InvalidTime, TimeInFuture } from './time.errors.js';

export const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Date and time, seconds required, optional fraction, and a zone designator: a time without a zone names no instant.
 * Kept strict because events are evidence; the API validates too, but the domain does not trust it.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Gregorian, extended backwards: also right for years below 100, which Date.UTC would take for 19xx. */
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** `month` from 1 to 12. */
const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);

/** `Date.parse` alone accepts 2026-02-30 and 24:00, so the calendar is checked field by field. */
const isCalendarValid = ([, y, mo, d, h, mi, s, oh, om]: RegExpExecArray): boolean => {
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const withinDay = Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 59;
  const validOffset = oh === undefined || (Number(oh) <= 23 && Number(om) <= 59);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && withinDay && validOffset;
};

export const isIsoTime = (value: unknown): value is IsoTime => {
  if (typeof value !== 'string') return false;
  const match = ISO_INSTANT.exec(value);
  return match !== null && isCalendarValid(match) && !Number.isNaN(Date.parse(value));
};

/** Milliseconds since the epoch; throws `TIME.INVALID` naming `field` when `value` is no ISO-8601 instant. */
export const parseIsoTime = (value: unknown, field: string): number => {
  if (!isIsoTime(value)) throw new InvalidTime(field, value);
  return Date.parse(value);
};

/** The canonical form every event carries: UTC, milliseconds, `Z`. */
export const formatIsoTime = (epochMs: number): IsoTime => new Date(epochMs).toISOString();

/** Days are exact 24-hour periods in UTC, so a deadline never shifts with daylight saving. */
export const addDays = (time: IsoTime, days: number): IsoTime =>
  formatIsoTime(parseIsoTime(time, 'time') + days * MILLISECONDS_PER_DAY);

/** Compares two instants whatever their zone designators. */
export const isAfter = (a: IsoTime, b: IsoTime): boolean => parseIsoTime(a, 'time') > parseIsoTime(b, 'time');

/**
 * A business time as the event records it: `meta.now` when omitted, otherwise well-formed and not later than
 * now plus the allowed clock skew. Past times are fine: history may be imported.
 */
export const businessTime = (field: string, value: IsoTime | undefined, meta: CommandMeta): IsoTime => {
  const now = parseIsoTime(meta.now, 'meta.now');
  if (value === undefined) return formatIsoTime(now);
  const time = parseIsoTime(value, field);
  const latest = now + meta.rules.clockSkewSeconds * 1000;
  if (time > latest) throw new TimeInFuture(field, value, formatIsoTime(latest));
  return formatIsoTime(time);
};
