/** A moment as a Date or an ISO-8601 string: the API's Clock speaks strings, other callers Dates. */
export type Instant = Date | string;

export const toDate = (instant: Instant): Date => (typeof instant === 'string' ? new Date(instant) : instant);

export const toIso = (instant: Instant): string => toDate(instant).toISOString();
