import { deciderSpec } from '@concord/testing';
import { customerDecider } from './customer.decider.js';
import type { CustomerCommand } from './customer.commands.js';
import {
  CustomerDeparted,
  CustomerHasOpenComplaints,
  CustomerIdMismatch,
  CustomerNotDeparted,
  CustomerNotRegistered,
} from './customer.errors.js';
import {
  classifyCustomer,
  contactCustomer,
  endRelationship,
  extendDeadline,
  fileComplaint,
  registerCustomer,
  resolveComplaint,
  resumeRelationship,
  surveyCustomer,
} from './testing/customer-commands.fixtures.js';
import { complained, contacted, ended, registered, resolved, resumed, T } from './testing/customer.fixtures.js';
import { TimeOutOfOrder } from './time.errors.js';

const given = deciderSpec(customerDecider);

const allButRegister: [string, CustomerCommand][] = [
  ['ContactCustomer', contactCustomer()],
  ['ClassifyCustomer', classifyCustomer()],
  ['FileComplaint', fileComplaint()],
  ['ExtendComplaintDeadline', extendDeadline()],
  ['ResolveComplaint', resolveComplaint()],
  ['SurveyCustomer', surveyCustomer()],
  ['EndRelationship', endRelationship()],
  ['ResumeRelationship', resumeRelationship()],
];

describe('the relationship lifecycle', () => {
  it.each(allButRegister)('rejects %s for an unregistered customer', (_, command) =>
    given([]).when(command).thenThrows(CustomerNotRegistered));

  it.each(allButRegister.filter(([type]) => type !== 'ResumeRelationship'))(
    'rejects %s once the relationship has ended',
    (_, command) => given([registered(), ended()]).when(command).thenThrows(CustomerDeparted),
  );

  it('rejects a command sent to another customer’s stream', () =>
    given([registered({ customerId: 'c-2' })]).when(contactCustomer()).thenThrows(CustomerIdMismatch));

  describe('EndRelationship', () => {
    it('ends an active relationship', () => given([registered()]).when(endRelationship()).then([ended()]));

    it('ends now when endedAt is omitted', () =>
      given([registered()])
        .when(endRelationship({ endedAt: undefined }))
        .then([ended({ endedAt: T.now })]));

    it('rejects ending while a complaint is open: it must be decided first', () =>
      given([registered(), complained()]).when(endRelationship()).thenThrows(CustomerHasOpenComplaints));

    it('ends once every complaint is resolved', () =>
      given([registered(), complained(), resolved()]).when(endRelationship()).then([ended()]));

    it('rejects an end before the relationship resumed', () =>
      given([registered(), ended(), resumed()])
        .when(endRelationship({ endedAt: '2026-03-22T00:00:00.000Z' }))
        .thenThrows(TimeOutOfOrder));
  });

  describe('ResumeRelationship', () => {
    it('resumes an ended relationship', () =>
      given([registered(), ended()]).when(resumeRelationship()).then([resumed()]));

    it('records the reason when given', () =>
      given([registered(), ended()])
        .when(resumeRelationship({ reason: 'returned from abroad' }))
        .then([resumed({ reason: 'returned from abroad' })]));

    it('resumes at the moment it ended', () =>
      given([registered(), ended()])
        .when(resumeRelationship({ resumedAt: T.ended }))
        .then([resumed({ resumedAt: T.ended })]));

    it('rejects a resumption before the end', () =>
      given([registered(), ended()])
        .when(resumeRelationship({ resumedAt: '2026-03-19T00:00:00.000Z' }))
        .thenThrows(TimeOutOfOrder));

    it('rejects resuming an active relationship', () =>
      given([registered()]).when(resumeRelationship()).thenThrows(CustomerNotDeparted));

    it('rejects resuming twice', () =>
      given([registered(), ended(), resumed()]).when(resumeRelationship()).thenThrows('CUSTOMER.NOT_DEPARTED'));

    it('accepts commands again once resumed', () =>
      given([registered(), contacted(), ended(), resumed()])
        .when(contactCustomer({ contactId: 'contact-2', occurredAt: T.now }))
        .then([contacted({ contactId: 'contact-2', occurredAt: T.now })]));

    it('keeps a customer registered across an end: a second registration is still rejected', () =>
      given([registered(), ended(), resumed()]).when(registerCustomer()).thenThrows('CUSTOMER.ALREADY_REGISTERED'));
  });
});
