import { deciderSpec } from '@concord/testing';
import { customerDecider } from './customer.decider.js';
import {
  SurveyDuplicateId,
  SurveyScoreOutOfRange,
  SurveyUnknownRelatedComplaint,
  SurveyUnknownRelatedContact,
} from './survey.errors.js';
import { surveyCustomer } from './testing/customer-commands.fixtures.js';
import { complained, contacted, registered, surveyed, T } from './testing/customer.fixtures.js';

const given = deciderSpec(customerDecider);

describe('SurveyCustomer', () => {
  it('records a survey response', () => given([registered()]).when(surveyCustomer()).then([surveyed()]));

  it('records the response at now when respondedAt is omitted', () =>
    given([registered()])
      .when(surveyCustomer({ respondedAt: undefined, comment: 'quick service' }))
      .then([surveyed({ respondedAt: T.now, comment: 'quick service' })]));

  it.each([
    ['csat', 1],
    ['csat', 5],
    ['nps', 0],
    ['nps', 10],
  ] as const)('accepts a %s score of %d, at the end of its scale', (kind, score) =>
    given([registered()])
      .when(surveyCustomer({ kind, score }))
      .then([surveyed({ kind, score })]));

  it.each([
    ['csat', 0],
    ['csat', 6],
    ['csat', 4.5],
    ['nps', -1],
    ['nps', 11],
    ['nps', Number.NaN],
  ] as const)('rejects a %s score of %d', (kind, score) =>
    given([registered()]).when(surveyCustomer({ kind, score })).thenThrows(SurveyScoreOutOfRange));

  it('rejects a survey id already used', () =>
    given([registered(), surveyed()]).when(surveyCustomer()).thenThrows(SurveyDuplicateId));

  it('links a response to a complaint and a contact of this customer', () =>
    given([registered(), contacted(), complained()])
      .when(surveyCustomer({ relatedComplaintId: 'complaint-1', relatedContactId: 'contact-1' }))
      .then([surveyed({ relatedComplaintId: 'complaint-1', relatedContactId: 'contact-1' })]));

  it('rejects a link to a complaint this customer does not have', () =>
    given([registered(), contacted()])
      .when(surveyCustomer({ relatedComplaintId: 'complaint-1' }))
      .thenThrows(SurveyUnknownRelatedComplaint));

  it('rejects a link to a contact this customer does not have', () =>
    given([registered(), complained()])
      .when(surveyCustomer({ relatedContactId: 'contact-1' }))
      .thenThrows(SurveyUnknownRelatedContact));
});
