import type { CustomerEvent, CustomerEventType } from './customer.events.js';

type DataKeys<T extends CustomerEventType> = keyof Extract<CustomerEvent, { type: T }>['data'];

/**
 * Fields that identify a person or may contain what a person said (PIPL Art. 4).
 * Free text is included because staff write names, numbers and circumstances into it.
 * These fields are what per-customer encryption (crypto-shredding) covers, and what roles
 * without access to personal data never receive.
 */
export const PERSONAL_DATA_FIELDS: { readonly [T in CustomerEventType]: readonly DataKeys<T>[] } = {
  CustomerRegistered: ['name', 'phone', 'email'],
  CustomerContacted: ['summary'],
  CustomerClassified: ['reason'],
  CustomerComplained: ['description'],
  ComplaintDeadlineExtended: ['reason'],
  ComplaintResolved: ['resolution', 'remedy'],
  CustomerSurveyed: ['comment'],
  RelationshipEnded: ['reason'],
  RelationshipResumed: ['reason'],
};

/** The event with its personal-data fields removed, for roles that may see ids and categories only. */
export const withoutPersonalData = <E extends CustomerEvent>(event: E): E => {
  const hidden = new Set<string>(PERSONAL_DATA_FIELDS[event.type] as readonly string[]);
  const data = Object.fromEntries(Object.entries(event.data).filter(([key]) => !hidden.has(key)));
  return { ...event, data } as E;
};
