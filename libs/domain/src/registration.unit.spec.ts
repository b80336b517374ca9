import { deciderSpec } from '@concord/testing';
import { customerDecider } from './customer.decider.js';
import { CustomerAlreadyRegistered } from './customer.errors.js';
import { registerCustomer } from './testing/customer-commands.fixtures.js';
import { ended, plusMs, registered, T } from './testing/customer.fixtures.js';
import { InvalidTime, TimeInFuture } from './time.errors.js';

const given = deciderSpec(customerDecider);

describe('RegisterCustomer', () => {
  it('registers an unregistered customer, leaving out contact details not given', () =>
    given([]).when(registerCustomer()).then([registered()]));

  it('records the email when given', () =>
    given([])
      .when(registerCustomer({ email: 'li.wei@example.com' }))
      .then([registered({ email: 'li.wei@example.com' })]));

  it('registers at now when registeredAt is omitted', () =>
    given([])
      .when(registerCustomer({ registeredAt: undefined }))
      .then([registered({ registeredAt: T.now })]));

  it('records times given with an offset in UTC', () =>
    given([])
      .when(registerCustomer({ registeredAt: '2026-01-05T17:00:00+08:00' }))
      .then([registered({ registeredAt: T.registered })]));

  it('rejects a second registration', () =>
    given([registered()]).when(registerCustomer()).thenThrows(CustomerAlreadyRegistered));

  it('rejects a registration after the relationship ended', () =>
    given([registered(), ended()]).when(registerCustomer()).thenThrows('CUSTOMER.ALREADY_REGISTERED'));

  it('accepts a registration at the edge of the clock skew (now + 300 s)', () =>
    given([])
      .when(registerCustomer({ registeredAt: '2026-04-01T00:05:00.000Z' }))
      .then([registered({ registeredAt: '2026-04-01T00:05:00.000Z' })]));

  it('rejects a registration one millisecond beyond the clock skew', () =>
    given([])
      .when(registerCustomer({ registeredAt: plusMs('2026-04-01T00:05:00.000Z') }))
      .thenThrows(TimeInFuture));

  it.each([
    ['a day that does not exist', '2026-02-30T09:00:00Z'],
    ['hour 24', '2026-01-05T24:00:00Z'],
    ['no time zone', '2026-01-05T09:00:00'],
    ['a date only', '2026-01-05'],
    ['another format', '05/01/2026 09:00'],
    ['an empty string', ''],
  ])('rejects a registeredAt with %s', (_, registeredAt) =>
    given([]).when(registerCustomer({ registeredAt })).thenThrows(InvalidTime));

  it('rejects a malformed meta.now: the domain trusts no clock it cannot read', () =>
    given([]).when(registerCustomer({}, { now: 'yesterday' })).thenThrows('TIME.INVALID'));
});
