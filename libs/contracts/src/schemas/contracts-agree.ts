import type { CustomerEvent, CustomerEventType, SCHEMA_VERSIONS } from '../customer.events.js';
import type { EventEnvelope, PublishedMetadata } from '../event-envelope.js';
import type { EventMetadata } from '../event-metadata.js';
import type { StreamClosed } from '../stream-closed.js';
import type { CustomerContactedV1Data } from '../upcasting/customer-contacted.v1.js';
import type { EVENT_CONTRACTS } from './event-contracts.js';
import type {
  EVENT_ENVELOPE_FIELDS,
  EVENT_METADATA_FIELDS,
  PUBLISHED_METADATA_FIELDS,
} from './event-metadata.contract.js';
import type { customerContactedV1 } from './events/customer-contacted.contract.js';
import type { STREAM_CLOSED_FIELDS } from './stream-closed.contract.js';
import type { Agreement, Expect } from './field-types.js';

// Compile-time checks, run by every type-check: the published contracts (and so the JSON Schemas and the catalogue
// generated from them) describe exactly the TypeScript types the code uses. A drift fails `npm run typecheck` and
// the compiler's message shows both shapes.

type DataOf<T extends CustomerEventType> = Extract<CustomerEvent, { type: T }>['data'];
type Contracts<T extends CustomerEventType> = (typeof EVENT_CONTRACTS)[T];
type Last<List extends readonly unknown[]> = List extends readonly [...unknown[], infer L] ? L : never;
type CurrentFields<T extends CustomerEventType> = Last<Contracts<T>> extends { fields: infer F } ? F : never;

/** Types whose current contract differs from the event type, with both shapes. */
type CurrentDrift = {
  [T in CustomerEventType as Agreement<CurrentFields<T> & {}, DataOf<T>> extends true ? never : T]: Agreement<
    CurrentFields<T> & {},
    DataOf<T>
  >;
};

/** Types whose list of contracts does not end at the current schema version. */
type VersionDrift = {
  [T in CustomerEventType as Contracts<T>['length'] extends (typeof SCHEMA_VERSIONS)[T] ? never : T]: {
    contracts: Contracts<T>['length'];
    current: (typeof SCHEMA_VERSIONS)[T];
  };
};

type Agrees<Drift> = keyof Drift extends never ? true : Drift;

export type ContractsAgreeWithTypes = [
  Expect<Agrees<CurrentDrift>>,
  Expect<Agrees<VersionDrift>>,
  Expect<Agreement<(typeof customerContactedV1)['fields'], CustomerContactedV1Data>>,
  Expect<Agreement<typeof EVENT_METADATA_FIELDS, EventMetadata>>,
  Expect<Agreement<typeof PUBLISHED_METADATA_FIELDS, PublishedMetadata>>,
  Expect<Agreement<typeof EVENT_ENVELOPE_FIELDS, Omit<EventEnvelope, 'data' | 'metadata'>>>,
  Expect<Agreement<typeof STREAM_CLOSED_FIELDS, StreamClosed>>,
];
