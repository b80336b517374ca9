import type {
  Channel,
  Classification,
  ComplaintOutcome,
  ComplaintSeverity,
  CustomerKind,
  IsoTime,
} from '@concord/contracts';
import type { IdSet } from './id-set.js';

export type CustomerProfile = Readonly<{
  kind: CustomerKind;
  name: string;
  phone?: string;
  email?: string;
  relationshipManagerId: string;
  /** The channel through which the customer was onboarded. */
  channel: Channel;
}>;

type ComplaintFacts = Readonly<{
  complaintId: string;
  category: string;
  product: string;
  severity: ComplaintSeverity;
  channel: Channel;
  staffInvolved: readonly string[];
  receivedAt: IsoTime;
  /** The due date in force: moved by extensions, never backwards. */
  dueAt: IsoTime;
  extensions: 0 | 1 | 2;
}>;

export type OpenComplaint = ComplaintFacts & Readonly<{ status: 'open' }>;

export type ResolvedComplaint = ComplaintFacts &
  Readonly<{
    status: 'resolved';
    outcome: ComplaintOutcome;
    handlerId: string;
    resolvedAt: IsoTime;
    withinDeadline: boolean;
  }>;

export type Complaint = OpenComplaint | ResolvedComplaint;

/** What a registered customer carries, whether the relationship is active or has ended. */
export type CustomerRecord = Readonly<{
  customerId: string;
  profile: CustomerProfile;
  registeredAt: IsoTime;
  /** When the relationship last began: registration, or the latest resumption. */
  activeSince: IsoTime;
  classification: Classification | null;
  /** In filing order. */
  complaints: ReadonlyMap<string, Complaint>;
  contactIds: IdSet;
  surveyIds: IdSet;
  lastContactAt: IsoTime | null;
}>;

export type UnregisteredCustomer = Readonly<{ status: 'unregistered' }>;
export type ActiveCustomer = CustomerRecord & Readonly<{ status: 'active' }>;
export type DepartedCustomer = CustomerRecord & Readonly<{ status: 'departed'; endedAt: IsoTime }>;

export type Customer = UnregisteredCustomer | ActiveCustomer | DepartedCustomer;
export type RegisteredCustomer = ActiveCustomer | DepartedCustomer;

export const initialCustomerState = (): Customer => ({ status: 'unregistered' });

export const openComplaintIds = (customer: CustomerRecord): string[] =>
  [...customer.complaints.values()].filter((c) => c.status === 'open').map((c) => c.complaintId);
