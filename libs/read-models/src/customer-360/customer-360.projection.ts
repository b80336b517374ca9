import { CUSTOMER_EVENT_TYPES } from '@concord/contracts';
import type { DocumentKey, Projection } from '../projection.js';
import { requireDocument } from '../shared/require-document.js';
import { CUSTOMER_360_COLLECTION, type Customer360Document } from './customer-360.document.js';
import { evolveCustomer360, registeredCustomer360 } from './customer-360.evolve.js';

const NAME = 'customer-360';
const collection = CUSTOMER_360_COLLECTION.name;

/** One document per customer, so every event names exactly that one. */
export const customer360Projection: Projection = {
  name: NAME,
  version: 1,
  collections: [CUSTOMER_360_COLLECTION],
  handles: CUSTOMER_EVENT_TYPES,
  documentsFor: (event): readonly DocumentKey[] => [{ collection, id: event.data.customerId }],
  apply: (event, session) => {
    const key = { collection, id: event.data.customerId };
    const existing = session.get<Customer360Document>(collection, key.id);
    const next =
      event.type === 'CustomerRegistered' && existing === undefined
        ? registeredCustomer360(event.data)
        : evolveCustomer360(requireDocument(existing, NAME, event, key), event);
    session.put(collection, key.id, next);
  },
};
