import type { DocumentKey, Projection, ProjectedEvent, ProjectedEventOf, DocumentSession } from '../projection.js';
import { assertNever } from '@concord/domain';
import { monthOf } from '../metrics/time.js';
import { customerScopedId } from '../shared/scoped-id.js';
import {
  SATISFACTION_CUSTOMERS_COLLECTION,
  SURVEY_RESPONSES_COLLECTION,
  type SatisfactionCustomerDocument,
  type SurveyResponseDocument,
} from './satisfaction.document.js';
import { segmentAt } from './segment-at.js';

const customers = SATISFACTION_CUSTOMERS_COLLECTION.name;
const responses = SURVEY_RESPONSES_COLLECTION.name;

const responseKey = ({ data }: ProjectedEventOf<'CustomerSurveyed'>): DocumentKey => ({
  collection: responses,
  id: customerScopedId(data.customerId, data.surveyId),
});

const recordClassification = (event: ProjectedEventOf<'CustomerClassified'>, session: DocumentSession): void => {
  const { customerId, classifiedAt, segment } = event.data;
  const existing = session.get<SatisfactionCustomerDocument>(customers, customerId);
  const others = (existing?.segments ?? []).filter((change) => change.revision !== event.revision);
  const segments = [...others, { revision: event.revision, classifiedAt, segment }].sort(
    (a, b) => a.revision - b.revision,
  );
  session.put<SatisfactionCustomerDocument>(customers, customerId, { customerId, segments });
};

const recordResponse = (event: ProjectedEventOf<'CustomerSurveyed'>, session: DocumentSession): void => {
  const { customerId, surveyId, kind, score, channel, respondedAt } = event.data;
  const customer = session.get<SatisfactionCustomerDocument>(customers, customerId);
  const segment = segmentAt(customer, event.revision, respondedAt);
  const month = monthOf(respondedAt);
  const doc: SurveyResponseDocument = { customerId, surveyId, kind, score, channel, segment, respondedAt, month };
  session.put(responses, responseKey(event).id, doc);
};

/** Satisfaction responses with the segment at the time of each, for the satisfaction dashboard. */
export const satisfactionProjection: Projection = {
  name: 'satisfaction',
  // v2: responses indexed for counting by kind, score and dimensions.
  version: 2,
  collections: [SATISFACTION_CUSTOMERS_COLLECTION, SURVEY_RESPONSES_COLLECTION],
  handles: ['CustomerClassified', 'CustomerSurveyed'],
  documentsFor: (event: ProjectedEvent): readonly DocumentKey[] => {
    const customer = { collection: customers, id: event.data.customerId };
    return event.type === 'CustomerSurveyed' ? [customer, responseKey(event)] : [customer];
  },
  apply: (event, session) => {
    switch (event.type) {
      case 'CustomerClassified':
        return recordClassification(event, session);
      case 'CustomerSurveyed':
        return recordResponse(event, session);
      case 'CustomerRegistered':
      case 'CustomerContacted':
      case 'CustomerComplained':
      case 'ComplaintDeadlineExtended':
      case 'ComplaintResolved':
      case 'RelationshipEnded':
      case 'RelationshipResumed':
        return;
      default:
        return assertNever(event);
    }
  },
};
