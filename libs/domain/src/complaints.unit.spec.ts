import { deciderSpec } from '@concord/testing';
import { ComplaintDuplicateId, ComplaintUnknownCategory, ComplaintUnknownProduct } from './complaint.errors.js';
import { customerDecider } from './customer.decider.js';
import { DEFAULT_RULES } from './domain-rules.js';
import { fileComplaint } from './testing/customer-commands.fixtures.js';
import { complained, registered, resolved, T } from './testing/customer.fixtures.js';

const given = deciderSpec(customerDecider);

describe('FileComplaint', () => {
  it('files a complaint due exactly 15 days after receipt', () =>
    given([registered()]).when(fileComplaint()).then([complained({ receivedAt: T.received, dueAt: T.due15 })]));

  it('receives the complaint now when receivedAt is omitted', () =>
    given([registered()])
      .when(fileComplaint({ receivedAt: undefined }))
      .then([complained({ receivedAt: T.now, dueAt: '2026-04-16T00:00:00.000Z' })]));

  it('records no staff involved when none are named', () =>
    given([registered()])
      .when(fileComplaint({ staffInvolved: undefined }))
      .then([complained({ staffInvolved: [] })]));

  it('names each involved staff member once', () =>
    given([registered()])
      .when(fileComplaint({ staffInvolved: ['teller-9', 'rm-7', 'teller-9'] }))
      .then([complained({ staffInvolved: ['teller-9', 'rm-7'] })]));

  it('takes the decision period from the rules', () =>
    given([registered()])
      .when(fileComplaint({}, { rules: { ...DEFAULT_RULES, complaintDecisionDays: 10 } }))
      .then([complained({ dueAt: '2026-01-20T08:00:00.000Z' })]));

  it('rejects a category outside the taxonomy', () =>
    given([registered()]).when(fileComplaint({ category: 'weather' })).thenThrows(ComplaintUnknownCategory));

  it('rejects a product outside the taxonomy', () =>
    given([registered()]).when(fileComplaint({ product: 'bitcoin' })).thenThrows(ComplaintUnknownProduct));

  it('takes the taxonomy from the rules', () =>
    given([registered()])
      .when(
        fileComplaint(
          { category: 'atm', product: 'atm_network' },
          { rules: { ...DEFAULT_RULES, taxonomy: { categories: ['atm'], products: ['atm_network'] } } },
        ),
      )
      .then([complained({ category: 'atm', product: 'atm_network' })]));

  it('rejects a complaint id already filed', () =>
    given([registered(), complained()]).when(fileComplaint()).thenThrows(ComplaintDuplicateId));

  it('rejects a complaint id already filed even once that complaint is resolved', () =>
    given([registered(), complained(), resolved()]).when(fileComplaint()).thenThrows('COMPLAINT.DUPLICATE_ID'));

  it('accepts a second complaint with a new id', () =>
    given([registered(), complained()])
      .when(fileComplaint({ complaintId: 'complaint-2' }))
      .then([complained({ complaintId: 'complaint-2' })]));
});
