import { CUSTOMER_EVENT_TYPES, SCHEMA_VERSIONS, type CustomerEvent, type CustomerEventType } from '../customer.events.js';
import { customerContactedV1ToV2, type CustomerContactedV1Data } from './customer-contacted.v1.js';

type EventData = Readonly<Record<string, unknown>>;

/** Turns the data of one version into the next version's. */
type Upcaster = (data: EventData) => EventData;

/** 1 … N-1: the versions that need an upcaster when N is current. */
type VersionsBefore<N extends number, Counted extends unknown[] = [unknown]> = Counted['length'] extends N
  ? never
  : Counted['length'] | VersionsBefore<N, [...Counted, unknown]>;

/**
 * One upcaster per type and version below the current one, keyed by the version it reads. The type makes a
 * missing step a compile error when SCHEMA_VERSIONS moves on.
 */
const UPCASTERS: {
  readonly [T in CustomerEventType]: { readonly [V in VersionsBefore<(typeof SCHEMA_VERSIONS)[T]>]: Upcaster };
} = {
  CustomerRegistered: {},
  // The stored schemaVersion is trusted: the store holds only events the API wrote with their version.
  CustomerContacted: { 1: (data) => customerContactedV1ToV2(data as CustomerContactedV1Data) },
  CustomerClassified: {},
  CustomerComplained: {},
  ComplaintDeadlineExtended: {},
  ComplaintResolved: {},
  CustomerSurveyed: {},
  RelationshipEnded: {},
  RelationshipResumed: {},
};

/** A stored event this code cannot read: an unknown type, or a version it does not know (newer, or below 1). */
export class UnreadableEvent extends Error {
  constructor(type: string, schemaVersion: number, why: string) {
    super(`Cannot read ${type} v${schemaVersion}: ${why}.`);
    this.name = 'UnreadableEvent';
  }
}

export const isCustomerEventType = (type: string): type is CustomerEventType =>
  (CUSTOMER_EVENT_TYPES as readonly string[]).includes(type);

/**
 * The event as the current version of its type, whatever version it was stored as: every place where stored
 * events become domain or published events reads them through here, so code only ever handles current shapes.
 * Pure; the stored data is not modified (hash chains keep verifying what was stored).
 */
export const upcast = (type: string, schemaVersion: number, data: EventData): CustomerEvent => {
  if (!isCustomerEventType(type)) throw new UnreadableEvent(type, schemaVersion, 'the event type is unknown');
  const current = SCHEMA_VERSIONS[type];
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
    throw new UnreadableEvent(type, schemaVersion, `this build reads versions 1 to ${current}`);
  }
  const steps: Readonly<Record<number, Upcaster>> = UPCASTERS[type];
  let read = data;
  for (let version = schemaVersion; version < current; version += 1) read = steps[version](read);
  return { type, data: read } as CustomerEvent;
};
