import type { Classification, ContactOutcome, ContactOutcomeStatus, CustomerEvent } from '@concord/contracts';
import { assertNever } from '@concord/domain';
import { DAY, classificationOf, iso, scoreOf, type Step } from './customer-history.step.js';

type OpenComplaint = { complaintId: string; receivedAt: number; dueAt: number; extensions: 0 | 1 | 2 };

type State = {
  readonly customerId: string;
  readonly registeredAt: number;
  t: number;
  active: boolean;
  classification: Classification | null;
  readonly open: OpenComplaint[];
  readonly counters: { contact: number; complaint: number; survey: number };
};

/** A business time up to `backdateMs` in the past, never before registration: imported history. */
const pastTime = (state: State, step: Step): number => Math.max(state.registeredAt, state.t - step.backdateMs);

const complain = (state: State, step: Step): CustomerEvent => {
  state.counters.complaint += 1;
  const receivedAt = pastTime(state, step);
  const complaint: OpenComplaint = {
    complaintId: `complaint-${state.counters.complaint}`,
    receivedAt,
    dueAt: receivedAt + 15 * DAY,
    extensions: 0,
  };
  state.open.push(complaint);
  return {
    type: 'CustomerComplained',
    data: {
      customerId: state.customerId,
      complaintId: complaint.complaintId,
      category: step.category,
      product: step.product,
      severity: step.severity,
      channel: step.channel,
      description: 'generated',
      staffInvolved: [],
      receivedAt: iso(receivedAt),
      dueAt: iso(complaint.dueAt),
    },
  };
};

/** The first extension may set a due date up to 30 days after receipt, the second (approved) up to 60. */
const extend = (state: State, step: Step): CustomerEvent | null => {
  const extendable = state.open.filter((c) => c.extensions < 2);
  const complaint = extendable[step.pick % Math.max(1, extendable.length)];
  if (complaint === undefined) return null;
  const extension = complaint.extensions === 0 ? 1 : 2;
  const latest = complaint.receivedAt + (extension === 1 ? 30 : 60) * DAY;
  const newDueAt = complaint.dueAt + 1 + ((step.pick * 7_919_993) % (latest - complaint.dueAt));
  const previousDueAt = iso(complaint.dueAt);
  complaint.dueAt = newDueAt;
  complaint.extensions = extension;
  return {
    type: 'ComplaintDeadlineExtended',
    data: {
      customerId: state.customerId,
      complaintId: complaint.complaintId,
      extension,
      previousDueAt,
      newDueAt: iso(newDueAt),
      reason: 'complex',
      ...(extension === 2 ? { approvedBy: 'head-office-2' } : {}),
      extendedAt: iso(state.t),
    },
  };
};

const resolve = (state: State, step: Step): CustomerEvent | null => {
  const index = step.pick % Math.max(1, state.open.length);
  const complaint = state.open[index];
  if (complaint === undefined) return null;
  const resolvedAt = Math.max(complaint.receivedAt, pastTime(state, step));
  state.open.splice(index, 1);
  return {
    type: 'ComplaintResolved',
    data: {
      customerId: state.customerId,
      complaintId: complaint.complaintId,
      outcome: 'upheld',
      resolution: 'generated',
      handlerId: 'ch-1',
      resolvedAt: iso(resolvedAt),
      withinDeadline: resolvedAt <= complaint.dueAt,
    },
  };
};

/** As the decider records it: a follow-up is due a week after the contact, a missed call has a reason. */
const contactOutcome = (status: ContactOutcomeStatus, contactTime: number): ContactOutcome => {
  switch (status) {
    case 'reached':
      return { status };
    case 'not_reached':
      return { status, reason: 'no_answer' };
    case 'follow_up_needed':
      return { status, followUpBy: iso(contactTime + 7 * DAY) };
    default:
      return assertNever(status);
  }
};

const activeStep = (state: State, step: Step): CustomerEvent | null => {
  const { customerId } = state;
  switch (step.action) {
    case 'contact': {
      state.counters.contact += 1;
      const contactId = `k-${state.counters.contact}`;
      const common = { direction: 'outbound', purpose: 'care', staffId: 'rm-1' } as const;
      const contactTime = pastTime(state, step);
      const occurredAt = iso(contactTime);
      const outcome = step.outcome === null ? {} : { outcome: contactOutcome(step.outcome, contactTime) };
      const data = { customerId, contactId, channel: step.channel, ...common, ...outcome, occurredAt };
      return { type: 'CustomerContacted', data };
    }
    case 'classify': {
      const next = classificationOf(step, state.classification);
      const previous = state.classification;
      state.classification = next;
      const classifiedBy = { kind: 'staff', id: 'rm-1' } as const;
      const data = { customerId, ...next, reason: 'review', classifiedBy, previous, classifiedAt: iso(state.t) };
      return { type: 'CustomerClassified', data };
    }
    case 'complain':
      return complain(state, step);
    case 'extend':
      return extend(state, step);
    case 'resolve':
      return resolve(state, step);
    case 'survey': {
      state.counters.survey += 1;
      const { kind, channel } = step;
      const respondedAt = iso(pastTime(state, step));
      const surveyId = `s-${state.counters.survey}`;
      const data = { customerId, surveyId, kind, score: scoreOf(step), channel, respondedAt };
      return { type: 'CustomerSurveyed', data };
    }
    case 'end':
      if (state.open.length > 0) return null;
      state.active = false;
      return { type: 'RelationshipEnded', data: { customerId, reason: 'left', endedAt: iso(state.t) } };
    case 'resume':
      return null;
    default:
      return assertNever(step.action);
  }
};

/**
 * Turns random steps into a history the customer decider would accept: registration first, nothing but a
 * resumption while departed, complaints resolved at most once and extended at most twice within 30/60 days,
 * departures only without open complaints, scores within their scales, classifications that change something and
 * name the one they replace. Business time strictly increases per step; contacts, complaints, resolutions and
 * survey responses may be backdated. Steps the decider would reject in the current state are dropped.
 */
export const interpretSteps = (
  customer: Readonly<{ customerId: string; manager: string; registeredAt: number }>,
  steps: readonly Step[],
): CustomerEvent[] => {
  const { customerId, registeredAt } = customer;
  const state: State = {
    customerId,
    registeredAt,
    t: registeredAt,
    active: true,
    classification: null,
    open: [],
    counters: { contact: 0, complaint: 0, survey: 0 },
  };
  const profile = { kind: 'individual', name: `Customer ${customerId}`, channel: 'branch' } as const;
  const events: CustomerEvent[] = [
    {
      type: 'CustomerRegistered',
      data: { customerId, ...profile, relationshipManagerId: customer.manager, registeredAt: iso(registeredAt) },
    },
  ];
  for (const step of steps) {
    state.t += step.gapMs;
    // A departed customer accepts nothing but a resumption; a win-back contact step stands for one too.
    const event = state.active
      ? activeStep(state, step)
      : step.action === 'resume' || step.action === 'contact'
        ? { type: 'RelationshipResumed' as const, data: { customerId, resumedAt: iso(state.t) } }
        : null;
    if (event?.type === 'RelationshipResumed') state.active = true;
    if (event !== null) events.push(event);
  }
  return events;
};
