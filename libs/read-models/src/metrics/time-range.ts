import { MILLISECONDS_PER_DAY, isIsoTime } from '@concord/domain';
import { InvalidQueryParameter } from './invalid-query-parameter.error.js';

/** A half-open interval [from, to) of instants, as canonical ISO strings; null leaves that side open. */
export type TimeRange = Readonly<{ from: string | null; to: string | null }>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date (`2026-03-31`) means that UTC day: as `from` its first instant, as `to` the instant after its last, so
 * `from=2026-01-01&to=2026-03-31` covers the whole first quarter. An instant is taken as it is (`to` exclusive).
 */
const parseBound = (parameter: 'from' | 'to', value: string | undefined): string | null => {
  if (value === undefined || value === '') return null;
  const dateOnly = DATE_ONLY.test(value);
  const instant = dateOnly ? `${value}T00:00:00.000Z` : value;
  if (!isIsoTime(instant)) {
    throw new InvalidQueryParameter(parameter, `"${value}" is neither a date (YYYY-MM-DD) nor an ISO-8601 instant`);
  }
  const ms = Date.parse(instant) + (dateOnly && parameter === 'to' ? MILLISECONDS_PER_DAY : 0);
  return new Date(ms).toISOString();
};

/** Validates the `from`/`to` query parameters; throws InvalidQueryParameter when either is malformed or to < from. */
export const parseTimeRange = (raw: Readonly<{ from?: string; to?: string }>): TimeRange => {
  const range = { from: parseBound('from', raw.from), to: parseBound('to', raw.to) };
  if (range.from !== null && range.to !== null && Date.parse(range.to) < Date.parse(range.from)) {
    throw new InvalidQueryParameter('to', `${raw.to} is before from (${raw.from})`);
  }
  return range;
};
