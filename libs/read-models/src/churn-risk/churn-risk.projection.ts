import { CUSTOMER_EVENT_TYPES } from '@concord/contracts';
import type { DocumentKey, Projection } from '../projection.js';
import { requireDocument } from '../shared/require-document.js';
import { CHURN_INPUTS_COLLECTION, type ChurnInputsDocument } from './churn-inputs.document.js';
import { evolveChurnInputs, registeredChurnInputs } from './churn-inputs.evolve.js';

const NAME = 'churn-risk';
const collection = CHURN_INPUTS_COLLECTION.name;

/**
 * Keeps the inputs of the churn model per customer; the score itself is computed at query time (churn-risk.query),
 * so recency factors reflect the moment of the question and a model change needs no rebuild.
 */
export const churnRiskProjection: Projection = {
  name: NAME,
  version: 1,
  collections: [CHURN_INPUTS_COLLECTION],
  handles: CUSTOMER_EVENT_TYPES,
  documentsFor: (event): readonly DocumentKey[] => [{ collection, id: event.data.customerId }],
  apply: (event, session) => {
    const key = { collection, id: event.data.customerId };
    const existing = session.get<ChurnInputsDocument>(collection, key.id);
    const next =
      event.type === 'CustomerRegistered' && existing === undefined
        ? registeredChurnInputs(event.data)
        : evolveChurnInputs(requireDocument(existing, NAME, event, key), event);
    session.put(collection, key.id, next);
  },
};
