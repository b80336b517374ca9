import type { IsoTime } from '@concord/contracts';
import { businessTime, isAfter } from './business-time.js';
import type { CommandMeta, CustomerCommand } from './customer.commands.js';
import {
  CustomerAlreadyRegistered,
  CustomerDeparted,
  CustomerIdMismatch,
  CustomerNotDeparted,
  CustomerNotRegistered,
} from './customer.errors.js';
import type { ActiveCustomer, Customer, DepartedCustomer, RegisteredCustomer } from './customer.state.js';
import { TimeBeforeRegistration } from './time.errors.js';

const registered = (state: Customer, command: CustomerCommand): RegisteredCustomer => {
  if (state.status === 'unregistered') throw new CustomerNotRegistered(command.data.customerId);
  if (state.customerId !== command.data.customerId) {
    throw new CustomerIdMismatch(command.data.customerId, state.customerId);
  }
  return state;
};

export const requireUnregistered = (state: Customer, command: CustomerCommand): void => {
  if (state.status !== 'unregistered') throw new CustomerAlreadyRegistered(command.data.customerId);
};

/** Everything but registration and resumption needs an active relationship. */
export const requireActive = (state: Customer, command: CustomerCommand): ActiveCustomer => {
  const customer = registered(state, command);
  if (customer.status === 'departed') throw new CustomerDeparted(customer.customerId);
  return customer;
};

export const requireDeparted = (state: Customer, command: CustomerCommand): DepartedCustomer => {
  const customer = registered(state, command);
  if (customer.status === 'active') throw new CustomerNotDeparted(customer.customerId);
  return customer;
};

/**
 * A business time for a registered customer: defaulted, not in the future, and not before registration,
 * so imported history stays coherent.
 */
export const timeSinceRegistration = (
  customer: RegisteredCustomer,
  field: string,
  value: IsoTime | undefined,
  meta: CommandMeta,
): IsoTime => {
  const time = businessTime(field, value, meta);
  if (isAfter(customer.registeredAt, time)) throw new TimeBeforeRegistration(field, time, customer.registeredAt);
  return time;
};
