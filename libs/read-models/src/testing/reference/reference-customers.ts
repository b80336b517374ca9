import type {
  ComplaintResolved,
  CustomerClassified,
  CustomerComplained,
  CustomerContacted,
  CustomerEvent,
  CustomerRegistered,
  CustomerSurveyed,
} from '@concord/contracts';

/**
 * The naive reference: every customer's facts gathered from the event list with plain loops, with none of the
 * projections' code. Query results are then computed from these records independently (reference-*.ts).
 */
export type ReferenceComplaint = {
  filed: CustomerComplained['data'];
  dueAt: string;
  extensions: number;
  resolution: ComplaintResolved['data'] | null;
};

export type ReferenceSurvey = { data: CustomerSurveyed['data']; segmentThen: string | null };

export type ReferenceCustomer = {
  registration: CustomerRegistered['data'];
  status: 'active' | 'departed';
  activeSince: string;
  endedAt: string | null;
  classifications: CustomerClassified['data'][];
  contacts: CustomerContacted['data'][];
  complaints: ReferenceComplaint[];
  surveys: ReferenceSurvey[];
};

/** The segment for a survey: the latest classification recorded before it whose time is not after the response. */
const segmentThen = (customer: ReferenceCustomer, respondedAt: string): string | null => {
  let best: CustomerClassified['data'] | null = null;
  for (const classification of customer.classifications) {
    if (Date.parse(classification.classifiedAt) > Date.parse(respondedAt)) continue;
    const atLeastAsLate = best === null || Date.parse(classification.classifiedAt) >= Date.parse(best.classifiedAt);
    if (atLeastAsLate) best = classification;
  }
  return best === null ? null : best.segment;
};

export const referenceCustomers = (events: readonly CustomerEvent[]): Map<string, ReferenceCustomer> => {
  const customers = new Map<string, ReferenceCustomer>();
  for (const event of events) {
    if (event.type === 'CustomerRegistered') {
      const { data } = event;
      customers.set(data.customerId, {
        registration: data,
        status: 'active',
        activeSince: data.registeredAt,
        endedAt: null,
        classifications: [],
        contacts: [],
        complaints: [],
        surveys: [],
      });
      continue;
    }
    const customer = customers.get(event.data.customerId);
    if (customer === undefined) throw new Error(`reference: ${event.type} before registration`);
    const complaintId =
      event.type === 'ComplaintDeadlineExtended' || event.type === 'ComplaintResolved' ? event.data.complaintId : null;
    const complaint = customer.complaints.find((c) => c.filed.complaintId === complaintId);
    if (event.type === 'CustomerContacted') customer.contacts.push(event.data);
    if (event.type === 'CustomerClassified') customer.classifications.push(event.data);
    if (event.type === 'CustomerComplained') {
      customer.complaints.push({ filed: event.data, dueAt: event.data.dueAt, extensions: 0, resolution: null });
    }
    if (event.type === 'ComplaintDeadlineExtended' && complaint !== undefined) {
      complaint.dueAt = event.data.newDueAt;
      complaint.extensions = event.data.extension;
    }
    if (event.type === 'ComplaintResolved' && complaint !== undefined) complaint.resolution = event.data;
    if (event.type === 'CustomerSurveyed') {
      customer.surveys.push({ data: event.data, segmentThen: segmentThen(customer, event.data.respondedAt) });
    }
    if (event.type === 'RelationshipEnded') {
      customer.status = 'departed';
      customer.endedAt = event.data.endedAt;
    }
    if (event.type === 'RelationshipResumed') {
      customer.status = 'active';
      customer.activeSince = event.data.resumedAt;
      customer.endedAt = null;
    }
  }
  return customers;
};

/** The current segment: that of the last classification in the stream. */
export const currentSegment = (customer: ReferenceCustomer): string | null =>
  customer.classifications.at(-1)?.segment ?? null;

/** The latest contact that reached the customer, by its own time. */
export const lastReachedAt = (customer: ReferenceCustomer): string | null => {
  let latest: string | null = null;
  for (const contact of customer.contacts) {
    if (contact.outcome?.status === 'not_reached') continue;
    if (latest === null || Date.parse(contact.occurredAt) > Date.parse(latest)) latest = contact.occurredAt;
  }
  return latest;
};
