import {
  businessTimeOf,
  isCustomerEventType,
  SCHEMA_VERSIONS,
  upcast,
  type CustomerEvent,
} from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import type { EventCodec } from './handle-command.js';

/**
 * Stored events are read as the current version of their type (upcast from the version their metadata names), so
 * the decider, the audit state and the published events only ever see current shapes; new events are written in
 * the current version.
 */
const decode = (stored: StoredEvent): CustomerEvent => {
  if (!isCustomerEventType(stored.type)) {
    throw new Error(`${stored.stream}@${stored.revision} holds an unknown event type ${stored.type}.`);
  }
  return upcast(stored.type, stored.metadata.schemaVersion, stored.data);
};

export const customerEventCodec: EventCodec<CustomerEvent> = {
  decode,
  occurredAt: businessTimeOf,
  schemaVersion: (event) => SCHEMA_VERSIONS[event.type],
};
