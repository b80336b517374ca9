import type { CustomerEvent } from '@concord/contracts';
import { classifyCustomer } from './classification.decisions.js';
import { extendComplaintDeadline } from './complaint-extension.decisions.js';
import { fileComplaint, resolveComplaint } from './complaint.decisions.js';
import { contactCustomer } from './contact.decisions.js';
import type { CustomerCommand } from './customer.commands.js';
import { evolveCustomer } from './customer.evolve.js';
import { requireActive, requireDeparted, requireUnregistered } from './customer.guards.js';
import { initialCustomerState, type Customer } from './customer.state.js';
import { assertNever, type Decider } from './decider.js';
import { endRelationship, registerCustomer, resumeRelationship } from './relationship.decisions.js';
import { surveyCustomer } from './survey.decisions.js';

/**
 * Which lifecycle status each command needs is decided here, once; the decisions then check their own rules.
 * Throws a DomainError on rejection; an accepted command always yields at least one event.
 */
export const decideCustomer = (command: CustomerCommand, state: Customer): readonly CustomerEvent[] => {
  switch (command.type) {
    case 'RegisterCustomer':
      requireUnregistered(state, command);
      return registerCustomer(command);
    case 'ContactCustomer':
      return contactCustomer(command, requireActive(state, command));
    case 'ClassifyCustomer':
      return classifyCustomer(command, requireActive(state, command));
    case 'FileComplaint':
      return fileComplaint(command, requireActive(state, command));
    case 'ExtendComplaintDeadline':
      return extendComplaintDeadline(command, requireActive(state, command));
    case 'ResolveComplaint':
      return resolveComplaint(command, requireActive(state, command));
    case 'SurveyCustomer':
      return surveyCustomer(command, requireActive(state, command));
    case 'EndRelationship':
      return endRelationship(command, requireActive(state, command));
    case 'ResumeRelationship':
      return resumeRelationship(command, requireDeparted(state, command));
    default:
      return assertNever(command);
  }
};

/** One stream per customer (`customer-<id>`) holds the whole lifecycle. */
export const customerDecider: Decider<CustomerCommand, CustomerEvent, Customer> = {
  initialState: initialCustomerState,
  decide: decideCustomer,
  evolve: evolveCustomer,
};
