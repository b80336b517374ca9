import type { Actor, CustomerEvent } from '@concord/contracts';
import fc from 'fast-check';
import { addDays, formatIsoTime, isAfter } from './business-time.js';
import type { CustomerCommand } from './customer.commands.js';
import { customerDecider } from './customer.decider.js';
import type { Customer } from './customer.state.js';
import { customerView } from './customer.view.js';
import { DomainError } from './domain-error.js';
import * as commands from './testing/customer-commands.fixtures.js';
import { handler, involvedStaff, manager, plusMs, supervisor, T } from './testing/customer.fixtures.js';

/*
 * Small alphabets, so that random sequences often collide on ids, times and people — where the rules bite.
 * Times lie mostly between registration and now, with a little room either side for the time rules.
 */
const DAY = 86_400_000;
const time = fc
  .integer({ min: -DAY, max: 90 * DAY })
  .map((offset) => formatIsoTime(Date.parse(T.registered) + offset));
const maybeTime = fc.option(time, { nil: undefined, freq: 4 });
/** Receipt at T.received half the time, so that due dates near the 15/30/60-day limits are often hit. */
const receivedAt = fc.oneof(fc.constant(T.received), maybeTime);
const newDueAt = fc.oneof(fc.constantFrom(T.due30, plusMs(T.due30), T.due60, plusMs(T.due60)), time);
const complaintId = fc.constantFrom('k-1', 'k-2');
const contactId = fc.constantFrom('ct-1', 'ct-2');
const actor = fc.constantFrom<Actor>(manager, handler, { id: involvedStaff, role: 'complaint_handler' });

/** Weighted so that ending the relationship, which blocks everything else, stays rare. */
const command: fc.Arbitrary<CustomerCommand> = fc.oneof(
  { weight: 1, arbitrary: maybeTime.map((registeredAt) => commands.registerCustomer({ registeredAt })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(contactId, maybeTime)
      .map(([id, occurredAt]) => commands.contactCustomer({ contactId: id, occurredAt })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('mass', 'affluent').map((segment) => commands.classifyCustomer({ segment })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(complaintId, receivedAt)
      .map(([id, received]) => commands.fileComplaint({ complaintId: id, receivedAt: received })),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(complaintId, newDueAt, fc.constantFrom(undefined, supervisor, supervisor, involvedStaff), actor)
      .map(([id, due, approvedBy, by]) =>
        commands.extendDeadline({ complaintId: id, newDueAt: due, approvedBy }, { actor: by }),
      ),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(complaintId, maybeTime, actor)
      .map(([id, resolvedAt, by]) => commands.resolveComplaint({ complaintId: id, resolvedAt }, { actor: by })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('s-1', 's-2'), fc.integer({ min: 0, max: 6 }), fc.option(contactId, { nil: undefined }))
      .map(([surveyId, score, relatedContactId]) => commands.surveyCustomer({ surveyId, score, relatedContactId })),
  },
  { weight: 1, arbitrary: maybeTime.map((endedAt) => commands.endRelationship({ endedAt })) },
  { weight: 1, arbitrary: maybeTime.map((resumedAt) => commands.resumeRelationship({ resumedAt })) },
);

/** Runs the commands in turn; a rejection must be a DomainError and leaves the history as it was. */
const run = (sequence: CustomerCommand[]) =>
  sequence.reduce<{ state: Customer; events: CustomerEvent[] }>(
    ({ state, events }, next) => {
      try {
        const produced = customerDecider.decide(next, state);
        expect(produced.length).toBeGreaterThan(0);
        return { state: produced.reduce(customerDecider.evolve, state), events: [...events, ...produced] };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return { state, events };
      }
    },
    { state: customerDecider.initialState(), events: [] },
  );

const complaintsOf = (state: Customer) => (state.status === 'unregistered' ? [] : [...state.complaints.values()]);

describe('customerDecider over random command sequences', () => {
  /** Registered first, so that most sequences get past the lifecycle gate to the rules behind it. */
  const sequences = fc
    .array(command, { minLength: 5, maxLength: 30 })
    .map((rest) => [commands.registerCustomer(), ...rest]);

  it('rejects only with DomainErrors and keeps every complaint within the 60-day limit', () =>
    fc.assert(
      fc.property(sequences, (sequence) => {
        for (const complaint of complaintsOf(run(sequence).state)) {
          expect(isAfter(complaint.dueAt, addDays(complaint.receivedAt, 60))).toBe(false);
          expect(isAfter(addDays(complaint.receivedAt, 15), complaint.dueAt)).toBe(false);
          if (complaint.status === 'resolved') expect(complaint.staffInvolved).not.toContain(complaint.handlerId);
        }
      }),
    ));

  it('never lets a customer depart with an open complaint', () =>
    fc.assert(
      fc.property(sequences, (sequence) => {
        const { state } = run(sequence);
        if (state.status === 'departed') expect(complaintsOf(state).filter((c) => c.status === 'open')).toEqual([]);
      }),
    ));

  it('writes events with no undefined fields and a view that is plain JSON', () =>
    fc.assert(
      fc.property(sequences, (sequence) => {
        const { state, events } = run(sequence);
        for (const event of events) expect(Object.values(event.data)).not.toContain(undefined);
        const view = customerView(state);
        expect(JSON.parse(JSON.stringify(view))).toStrictEqual(view);
      }),
    ));
});
