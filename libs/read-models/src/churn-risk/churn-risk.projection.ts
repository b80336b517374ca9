import { CUSTOMER_EVENT_TYPES } from '@concord/contracts';
import type { DocumentKey, Projection } from '../projection.js';
import { requireDocument } from '../shared/require-document.js';
import { churnBounds } from './churn-bounds.js';
import { CHURN_INPUTS_COLLECTION, type ChurnFacts, type ChurnInputsDocument } from './churn-inputs.document.js';
import { draftOfFacts, evolveChurnInputs, registeredChurnInputs } from './churn-inputs.evolve.js';
import { CURRENT_CHURN_MODEL } from './churn-model.v1.js';

const NAME = 'churn-risk';
const collection = CHURN_INPUTS_COLLECTION.name;

/** The facts as stored, with their bounds by the model the list scores with: a draft, not a spread (see Draft). */
const withBounds = (doc: unknown): ChurnInputsDocument => {
  const facts = doc as ChurnFacts;
  return Object.assign(draftOfFacts(facts), churnBounds(facts, CURRENT_CHURN_MODEL));
};

/**
 * Keeps the inputs of the churn model per customer, and bounds of its score; the score itself is computed at query
 * time (churn-risk.query), so recency factors reflect the moment of the question. The bounds are the current
 * model's: a new model version needs a new version of this projection.
 */
export const churnRiskProjection: Projection = {
  name: NAME,
  // v2: score bounds, so that the list scores only the customers that can reach its page.
  version: 2,
  collections: [{ ...CHURN_INPUTS_COLLECTION, derive: withBounds }],
  handles: CUSTOMER_EVENT_TYPES,
  documentsFor: (event): readonly DocumentKey[] => [{ collection, id: event.data.customerId }],
  apply: (event, session) => {
    const key = { collection, id: event.data.customerId };
    const existing = session.get<ChurnFacts>(collection, key.id);
    const next =
      event.type === 'CustomerRegistered' && existing === undefined
        ? registeredChurnInputs(event.data)
        : evolveChurnInputs(requireDocument(existing, NAME, event, key), event);
    session.put(collection, key.id, next);
  },
};
