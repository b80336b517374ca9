import { CHANNELS, SURVEY_KINDS } from '../../vocabulary.js';
import { eventContract } from '../event-contract.js';
import { id, integer, oneOf, text, time } from '../field.js';

export const customerSurveyedV1 = eventContract({
  type: 'CustomerSurveyed',
  version: 1,
  summary: 'A satisfaction survey answer.',
  fields: {
    customerId: id('the customer who answered'),
    surveyId: id('unique within the customer'),
    kind: oneOf(SURVEY_KINDS, 'the question, which sets the scale of the score (CSAT 1–5, NPS 0–10)'),
    score: integer('the answer, on the scale of its kind', { minimum: 0, maximum: 10 }),
    comment: text('free text', { optional: true, personal: true }),
    channel: oneOf(CHANNELS, 'where the survey was answered'),
    relatedComplaintId: id('the complaint the survey follows up', { optional: true }),
    relatedContactId: id('the contact the survey follows up', { optional: true }),
    respondedAt: time('when the customer answered'),
  },
});
