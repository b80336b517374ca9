import { deciderSpec } from '@concord/testing';
import { customerDecider } from './customer.decider.js';
import { ClassificationUnchanged } from './customer.errors.js';
import { classifyCustomer } from './testing/customer-commands.fixtures.js';
import { classified, manager, registered, T } from './testing/customer.fixtures.js';

const given = deciderSpec(customerDecider);

describe('ClassifyCustomer', () => {
  it('records the first classification with no previous one, by the actor, at now', () =>
    given([registered()])
      .when(classifyCustomer())
      .then([classified({ classifiedAt: T.now, classifiedBy: { kind: 'staff', id: manager.id }, previous: null })]));

  it('records the classification it replaces', () =>
    given([registered(), classified()])
      .when(classifyCustomer({ segment: 'private_banking', valueTier: 'platinum', reason: 'inheritance' }))
      .then([
        classified({
          segment: 'private_banking',
          valueTier: 'platinum',
          reason: 'inheritance',
          previous: { segment: 'affluent', valueTier: 'gold' },
          classifiedAt: T.now,
        }),
      ]));

  it('accepts a change in one dimension only', () =>
    given([registered(), classified()])
      .when(classifyCustomer({ riskRating: 'high', reason: 'fraud alert' }))
      .then([
        classified({
          riskRating: 'high',
          reason: 'fraud alert',
          previous: { segment: 'affluent', valueTier: 'gold' },
          classifiedAt: T.now,
        }),
      ]));

  it('accepts dropping a dimension: no value tier differs from gold', () =>
    given([registered(), classified()])
      .when(classifyCustomer({ valueTier: undefined, reason: 'tier under review' }))
      .then([
        {
          type: 'CustomerClassified',
          data: {
            customerId: 'c-1',
            segment: 'affluent',
            reason: 'tier under review',
            classifiedBy: { kind: 'staff', id: manager.id },
            previous: { segment: 'affluent', valueTier: 'gold' },
            classifiedAt: T.now,
          },
        },
      ]));

  it('rejects a classification identical to the current one', () =>
    given([registered(), classified()])
      .when(classifyCustomer({ reason: 'annual review' }))
      .thenThrows(ClassificationUnchanged));

  it('compares with the latest classification, not the first', () =>
    given([registered(), classified(), classified({ segment: 'mass', previous: { segment: 'affluent' } })])
      .when(classifyCustomer({ segment: 'mass', valueTier: 'gold' }))
      .thenThrows('CLASSIFICATION.UNCHANGED'));
});
