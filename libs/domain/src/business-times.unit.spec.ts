import type { CustomerEvent } from '@concord/contracts';
import { deciderSpec } from '@concord/testing';
import type { CustomerCommand } from './customer.commands.js';
import { customerDecider } from './customer.decider.js';
import { fold } from './decider.js';
import {
  contactCustomer,
  endRelationship,
  fileComplaint,
  resolveComplaint,
  resumeRelationship,
  surveyCustomer,
} from './testing/customer-commands.fixtures.js';
import { complained, ended, plusMs, registered, T } from './testing/customer.fixtures.js';
import { InvalidTime, TimeBeforeRegistration, TimeInFuture } from './time.errors.js';

/** Every command that takes a business time, with the history it needs and the field that carries the time. */
type TimedCase = Readonly<{
  field: string;
  history: CustomerEvent[];
  command: (time: string | undefined) => CustomerCommand;
}>;

/** Every history starts with `registered()`, at T.registered; the complaint and the end happen at that moment too. */
const cases: Record<string, TimedCase> = {
  ContactCustomer: { field: 'occurredAt', history: [registered()], command: (t) => contactCustomer({ occurredAt: t }) },
  FileComplaint: { field: 'receivedAt', history: [registered()], command: (t) => fileComplaint({ receivedAt: t }) },
  SurveyCustomer: { field: 'respondedAt', history: [registered()], command: (t) => surveyCustomer({ respondedAt: t }) },
  EndRelationship: { field: 'endedAt', history: [registered()], command: (t) => endRelationship({ endedAt: t }) },
  ResolveComplaint: {
    field: 'resolvedAt',
    history: [registered(), complained({ receivedAt: T.registered })],
    command: (t) => resolveComplaint({ resolvedAt: t }),
  },
  ResumeRelationship: {
    field: 'resumedAt',
    history: [registered(), ended({ endedAt: T.registered })],
    command: (t) => resumeRelationship({ resumedAt: t }),
  },
};

const given = deciderSpec(customerDecider);
const latestAccepted = '2026-04-01T00:05:00.000Z';

/** The business time the one resulting event records. */
const recordedTime = ({ history, command, field }: TimedCase, time: string | undefined): unknown => {
  const events = customerDecider.decide(command(time), fold(customerDecider, history));
  expect(events).toHaveLength(1);
  return (events[0]?.data as Record<string, unknown>)[field];
};

describe.each(Object.entries(cases))('%s business time', (_, timed) => {
  it('defaults to now', () => expect(recordedTime(timed, undefined)).toBe(T.now));

  it('accepts now plus the clock skew', () => expect(recordedTime(timed, latestAccepted)).toBe(latestAccepted));

  it('rejects one millisecond beyond the clock skew', () =>
    given(timed.history).when(timed.command(plusMs(latestAccepted))).thenThrows(TimeInFuture));

  it('rejects a malformed time', () =>
    given(timed.history).when(timed.command('2026-13-01T00:00:00Z')).thenThrows(InvalidTime));

  it('accepts the moment of registration', () => expect(recordedTime(timed, T.registered)).toBe(T.registered));

  it('rejects one millisecond before registration', () =>
    given(timed.history).when(timed.command(plusMs(T.registered, -1))).thenThrows(TimeBeforeRegistration));
});
