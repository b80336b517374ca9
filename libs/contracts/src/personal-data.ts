import type { CustomerEvent, CustomerEventType } from './customer.events.js';
import { currentEventContract } from './schemas/event-contracts.js';

type DataKeys<T extends CustomerEventType> = keyof Extract<CustomerEvent, { type: T }>['data'];

/** The current contract's personal fields; its field names are the data's keys (checked in contracts-agree.ts). */
const personalFields = <T extends CustomerEventType>(type: T): readonly DataKeys<T>[] =>
  Object.entries(currentEventContract(type).fields)
    .filter(([, field]) => field.personal === true)
    .map(([name]) => name as DataKeys<T>);

/**
 * Fields that identify a person or may contain what a person said (PIPL Art. 4), as the current contracts mark
 * them. Free text is included because staff write names, numbers and circumstances into it.
 * These fields are what per-customer encryption (crypto-shredding) covers, and what roles
 * without access to personal data never receive.
 */
export const PERSONAL_DATA_FIELDS: { readonly [T in CustomerEventType]: readonly DataKeys<T>[] } = {
  CustomerRegistered: personalFields('CustomerRegistered'),
  CustomerContacted: personalFields('CustomerContacted'),
  CustomerClassified: personalFields('CustomerClassified'),
  CustomerComplained: personalFields('CustomerComplained'),
  ComplaintDeadlineExtended: personalFields('ComplaintDeadlineExtended'),
  ComplaintResolved: personalFields('ComplaintResolved'),
  CustomerSurveyed: personalFields('CustomerSurveyed'),
  RelationshipEnded: personalFields('RelationshipEnded'),
  RelationshipResumed: personalFields('RelationshipResumed'),
};

/** The event with its personal-data fields removed, for roles that may see ids and categories only. */
export const withoutPersonalData = <E extends CustomerEvent>(event: E): E => {
  const hidden = new Set<string>(PERSONAL_DATA_FIELDS[event.type] as readonly string[]);
  const data = Object.fromEntries(Object.entries(event.data).filter(([key]) => !hidden.has(key)));
  return { ...event, data } as E;
};
