import type { CustomerEvent } from '@concord/contracts';
import { customerDecider } from './customer.decider.js';
import { InconsistentHistory } from './customer.evolve.js';
import { fold } from './decider.js';
import { complained, contacted, ended, extended, registered, resolved, resumed } from './testing/customer.fixtures.js';

const foldAll = (events: CustomerEvent[]) => () => fold(customerDecider, events);

describe('evolveCustomer', () => {
  it('starts unregistered', () => expect(customerDecider.initialState()).toEqual({ status: 'unregistered' }));

  it('does not change the state it folds from', () => {
    const before = fold(customerDecider, [registered()]);
    customerDecider.evolve(before, contacted());
    expect(before.status === 'active' && before.contactIds.size).toBe(0);
  });

  it.each<[string, CustomerEvent[]]>([
    ['a contact before registration', [contacted()]],
    ['a second registration', [registered(), registered()]],
    ['an end of a relationship already ended', [registered(), ended(), ended()]],
    ['a resumption of an active relationship', [registered(), resumed()]],
    ['an extension of an unknown complaint', [registered(), extended()]],
    ['a resolution of a resolved complaint', [registered(), complained(), resolved(), resolved()]],
  ])('refuses a history with %s', (_, events) => expect(foldAll(events)).toThrow(InconsistentHistory));

  it('says which event does not fit and why', () =>
    expect(foldAll([registered(), resolved()])).toThrow(
      'ComplaintResolved does not fit the history of customer c-1: complaint complaint-1 is not open',
    ));
});
