import type { CustomerEvent, CustomerEventType, EventEnvelope, PublishedMetadata } from '@concord/contracts';

export type { PublishedMetadata };

/** A global position in Concord's event log: an event's SSE id, and what `after` and checkpoints hold. */
export type Position = number;

type DataKeys<T extends CustomerEventType> = keyof Extract<CustomerEvent, { type: T }>['data'];

/**
 * The fields Concord leaves out for callers that may not see personal data (a `service` token): the same list as the
 * contracts' PERSONAL_DATA_FIELDS, which a spec keeps equal, written out here so the types below know each name.
 */
export const PERSONAL_DATA_FIELDS = {
  CustomerRegistered: ['name', 'phone', 'email'],
  CustomerContacted: ['summary'],
  CustomerClassified: ['reason'],
  CustomerComplained: ['description'],
  ComplaintDeadlineExtended: ['reason'],
  ComplaintResolved: ['resolution', 'remedy'],
  CustomerSurveyed: ['comment'],
  RelationshipEnded: ['reason'],
  RelationshipResumed: ['reason'],
} as const satisfies { readonly [T in CustomerEventType]: readonly DataKeys<T>[] };

type PersonalKeys<E extends CustomerEvent> = Extract<(typeof PERSONAL_DATA_FIELDS)[E['type']][number], keyof E['data']>;

/** An event's data as published: its personal-data fields may be absent, depending on the caller's role. */
export type PublishedData<E extends CustomerEvent> = Readonly<
  Omit<E['data'], PersonalKeys<E>> & Partial<Pick<E['data'], PersonalKeys<E>>>
>;

/**
 * One published event of type E: the contracts' envelope (its place in the log, `eventId` to dedupe by, the published
 * metadata), with its personal-data fields optional.
 */
export type PublishedEvent<E extends CustomerEvent> = Readonly<
  Omit<EventEnvelope<E>, 'data'> & { data: PublishedData<E> }
>;

type EachPublished<E> = E extends CustomerEvent ? PublishedEvent<E> : never;

/** Every event the feed delivers, discriminated by `type`: `switch (event.type)` narrows `data`. */
export type ConcordEvent = EachPublished<CustomerEvent>;
