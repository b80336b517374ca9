import type {
  Channel,
  Classification,
  ComplaintOutcome,
  ComplaintSeverity,
  CustomerKind,
  IsoTime,
} from '@concord/contracts';
import type { Complaint, Customer, CustomerRecord } from './customer.state.js';
import { assertNever } from './decider.js';

/** Plain JSON: absent values are null (JSON drops undefined), collections are arrays in filing order. */
export type ComplaintView = Readonly<{
  complaintId: string;
  category: string;
  product: string;
  severity: ComplaintSeverity;
  channel: Channel;
  staffInvolved: readonly string[];
  receivedAt: IsoTime;
  dueAt: IsoTime;
  extensions: 0 | 1 | 2;
  status: 'open' | 'resolved';
  outcome: ComplaintOutcome | null;
  handlerId: string | null;
  resolvedAt: IsoTime | null;
  withinDeadline: boolean | null;
}>;

export type RegisteredCustomerView = Readonly<{
  status: 'active' | 'departed';
  customerId: string;
  profile: Readonly<{ kind: CustomerKind; name: string; phone: string | null; email: string | null; channel: Channel }>;
  relationshipManagerId: string;
  classification: Classification | null;
  registeredAt: IsoTime;
  activeSince: IsoTime;
  endedAt: IsoTime | null;
  complaints: Readonly<{ open: readonly ComplaintView[]; resolved: readonly ComplaintView[] }>;
  contacts: Readonly<{ count: number; lastContactAt: IsoTime | null }>;
  surveys: Readonly<{ count: number }>;
}>;

/** The customer's state as the API shows it (`GET /v1/customers/:id/state?asOf=`). */
export type CustomerView = Readonly<{ status: 'unregistered' }> | RegisteredCustomerView;

const complaintView = (complaint: Complaint): ComplaintView => {
  const { complaintId, category, product, severity, channel, receivedAt, dueAt, extensions } = complaint;
  const facts = { complaintId, category, product, severity, channel, receivedAt, dueAt, extensions };
  const common = { ...facts, staffInvolved: [...complaint.staffInvolved] };
  switch (complaint.status) {
    case 'open':
      return { ...common, status: 'open', outcome: null, handlerId: null, resolvedAt: null, withinDeadline: null };
    case 'resolved': {
      const { outcome, handlerId, resolvedAt, withinDeadline } = complaint;
      return { ...common, status: 'resolved', outcome, handlerId, resolvedAt, withinDeadline };
    }
    default:
      return assertNever(complaint);
  }
};

const recordView = (record: CustomerRecord) => {
  const { kind, name, phone, email, channel, relationshipManagerId } = record.profile;
  const complaints = [...record.complaints.values()].map(complaintView);
  return {
    customerId: record.customerId,
    profile: { kind, name, phone: phone ?? null, email: email ?? null, channel },
    relationshipManagerId,
    classification: record.classification && { ...record.classification },
    registeredAt: record.registeredAt,
    activeSince: record.activeSince,
    complaints: {
      open: complaints.filter((c) => c.status === 'open'),
      resolved: complaints.filter((c) => c.status === 'resolved'),
    },
    contacts: { count: record.contactIds.size, lastContactAt: record.lastContactAt },
    surveys: { count: record.surveyIds.size },
  };
};

export const customerView = (state: Customer): CustomerView => {
  switch (state.status) {
    case 'unregistered':
      return { status: 'unregistered' };
    case 'active':
      return { status: 'active', ...recordView(state), endedAt: null };
    case 'departed':
      return { status: 'departed', ...recordView(state), endedAt: state.endedAt };
    default:
      return assertNever(state);
  }
};
