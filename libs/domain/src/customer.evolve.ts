import type {
  ComplaintDeadlineExtended,
  ComplaintResolved,
  CustomerComplained,
  CustomerEvent,
  CustomerRegistered,
} from '@concord/contracts';
import type { Complaint, Customer, CustomerRecord, RegisteredCustomer } from './customer.state.js';
import { compact } from './compact.js';
import { IdSet } from './id-set.js';
import { assertNever } from './decider.js';

/**
 * A stream the decider could not have written: events are facts, so evolve refuses to guess rather than fold a
 * corrupt history into plausible state. Not a DomainError — no command is being rejected.
 */
export class InconsistentHistory extends Error {
  constructor(event: CustomerEvent, why: string) {
    super(`${event.type} does not fit the history of customer ${event.data.customerId}: ${why}`);
    this.name = 'InconsistentHistory';
  }
}

const registeredOnly = (state: Customer, event: CustomerEvent): RegisteredCustomer => {
  if (state.status === 'unregistered') throw new InconsistentHistory(event, 'the customer is not registered');
  return state;
};

const registerFrom = ({ data }: CustomerRegistered): Customer => {
  const { customerId, registeredAt, kind, name, phone, email, relationshipManagerId, channel } = data;
  return {
    status: 'active',
    customerId,
    profile: compact({ kind, name, phone, email, relationshipManagerId, channel }),
    registeredAt,
    activeSince: registeredAt,
    classification: null,
    complaints: new Map(),
    contactIds: IdSet.empty(),
    surveyIds: IdSet.empty(),
    lastContactAt: null,
  };
};

const fileComplaint = ({ data }: CustomerComplained): Complaint => {
  const { complaintId, category, product, severity, channel, staffInvolved, receivedAt, dueAt } = data;
  const facts = { complaintId, category, product, severity, channel, staffInvolved, receivedAt, dueAt };
  return { status: 'open', ...facts, extensions: 0 };
};

const complaintOf = (state: RegisteredCustomer, event: ComplaintDeadlineExtended | ComplaintResolved): Complaint => {
  const complaint = state.complaints.get(event.data.complaintId);
  if (complaint?.status !== 'open') {
    throw new InconsistentHistory(event, `complaint ${event.data.complaintId} is not open`);
  }
  return complaint;
};

const withComplaint = <S extends CustomerRecord>(state: S, complaint: Complaint): S => ({
  ...state,
  complaints: new Map(state.complaints).set(complaint.complaintId, complaint),
});

const later = (a: string | null, b: string): string => (a !== null && Date.parse(a) > Date.parse(b) ? a : b);

export const evolveCustomer = (state: Customer, event: CustomerEvent): Customer => {
  switch (event.type) {
    case 'CustomerRegistered':
      if (state.status !== 'unregistered') throw new InconsistentHistory(event, 'the customer is already registered');
      return registerFrom(event);
    case 'CustomerContacted': {
      const customer = registeredOnly(state, event);
      return {
        ...customer,
        contactIds: customer.contactIds.add(event.data.contactId),
        lastContactAt: later(customer.lastContactAt, event.data.occurredAt),
      };
    }
    case 'CustomerClassified': {
      const { segment, valueTier, riskRating } = event.data;
      return { ...registeredOnly(state, event), classification: compact({ segment, valueTier, riskRating }) };
    }
    case 'CustomerComplained':
      return withComplaint(registeredOnly(state, event), fileComplaint(event));
    case 'ComplaintDeadlineExtended': {
      const customer = registeredOnly(state, event);
      const complaint = complaintOf(customer, event);
      return withComplaint(customer, { ...complaint, dueAt: event.data.newDueAt, extensions: event.data.extension });
    }
    case 'ComplaintResolved': {
      const customer = registeredOnly(state, event);
      const { outcome, handlerId, resolvedAt, withinDeadline } = event.data;
      const complaint = complaintOf(customer, event);
      const resolution = { outcome, handlerId, resolvedAt, withinDeadline };
      return withComplaint(customer, { ...complaint, status: 'resolved', ...resolution });
    }
    case 'CustomerSurveyed': {
      const customer = registeredOnly(state, event);
      return { ...customer, surveyIds: customer.surveyIds.add(event.data.surveyId) };
    }
    case 'RelationshipEnded':
      if (state.status !== 'active') throw new InconsistentHistory(event, `the customer is ${state.status}`);
      return { ...state, status: 'departed', endedAt: event.data.endedAt };
    case 'RelationshipResumed': {
      if (state.status !== 'departed') throw new InconsistentHistory(event, `the customer is ${state.status}`);
      const { endedAt: _ended, ...record } = state;
      return { ...record, status: 'active', activeSince: event.data.resumedAt };
    }
    default:
      return assertNever(event);
  }
};
