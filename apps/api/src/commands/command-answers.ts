import type { CustomerEvent, CustomerEventType } from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import type {
  AppendedAnswer,
  ComplainedAnswer,
  ComplaintResolvedAnswer,
  ContactedAnswer,
  DeadlineExtendedAnswer,
  SurveyedAnswer,
} from '../dto/answers.dto.js';

/**
 * Each command's 201 answer, computed from the events it stored and nothing else, so that an idempotent retry
 * (answered from the stored events) is byte-for-byte the first answer.
 */
type DataOf<T extends CustomerEventType> = Extract<CustomerEvent, { type: T }>['data'];

const dataOf = <T extends CustomerEventType>(events: readonly StoredEvent[], type: T): DataOf<T> => {
  const event = events.find((candidate) => candidate.type === type);
  if (!event) throw new Error(`The command stored no ${type} event; its answer cannot be built.`);
  return event.data as DataOf<T>;
};

const appended = (events: readonly StoredEvent[], customerId: string): AppendedAnswer => {
  const last = events.at(-1);
  if (!last) throw new Error('The command stored no event; its answer cannot be built.');
  return { customerId, revision: last.revision, position: last.position };
};

export const registeredAnswer = (events: readonly StoredEvent[]): AppendedAnswer =>
  appended(events, dataOf(events, 'CustomerRegistered').customerId);

export const contactedAnswer = (events: readonly StoredEvent[]): ContactedAnswer => {
  const { customerId, contactId } = dataOf(events, 'CustomerContacted');
  return { ...appended(events, customerId), contactId };
};

export const classifiedAnswer = (events: readonly StoredEvent[]): AppendedAnswer =>
  appended(events, dataOf(events, 'CustomerClassified').customerId);

export const complainedAnswer = (events: readonly StoredEvent[]): ComplainedAnswer => {
  const { customerId, complaintId, dueAt } = dataOf(events, 'CustomerComplained');
  return { ...appended(events, customerId), complaintId, dueAt };
};

export const deadlineExtendedAnswer = (events: readonly StoredEvent[]): DeadlineExtendedAnswer => {
  const { customerId, complaintId, newDueAt, extension } = dataOf(events, 'ComplaintDeadlineExtended');
  return { ...appended(events, customerId), complaintId, dueAt: newDueAt, extension };
};

export const complaintResolvedAnswer = (events: readonly StoredEvent[]): ComplaintResolvedAnswer => {
  const { customerId, complaintId, withinDeadline } = dataOf(events, 'ComplaintResolved');
  return { ...appended(events, customerId), complaintId, withinDeadline };
};

export const surveyedAnswer = (events: readonly StoredEvent[]): SurveyedAnswer => {
  const { customerId, surveyId } = dataOf(events, 'CustomerSurveyed');
  return { ...appended(events, customerId), surveyId };
};

export const relationshipEndedAnswer = (events: readonly StoredEvent[]): AppendedAnswer =>
  appended(events, dataOf(events, 'RelationshipEnded').customerId);

export const relationshipResumedAnswer = (events: readonly StoredEvent[]): AppendedAnswer =>
  appended(events, dataOf(events, 'RelationshipResumed').customerId);
