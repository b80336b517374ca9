import { deciderSpec } from '@concord/testing';
import { ComplaintAlreadyResolved, ComplaintHandlerRecusal, ComplaintNotFound } from './complaint.errors.js';
import { customerDecider } from './customer.decider.js';
import { resolveComplaint } from './testing/customer-commands.fixtures.js';
import {
  complained,
  extended,
  handler,
  involvedStaff,
  plusMs,
  registered,
  resolved,
  T,
} from './testing/customer.fixtures.js';
import { TimeBeforeReceipt } from './time.errors.js';

const given = deciderSpec(customerDecider);
const filed = [registered(), complained()];

describe('ResolveComplaint', () => {
  it('resolves a complaint by the acting handler, within the deadline', () =>
    given(filed).when(resolveComplaint()).then([resolved({ handlerId: handler.id, withinDeadline: true })]));

  it('records a remedy when given', () =>
    given(filed)
      .when(resolveComplaint({ remedy: 'fee refunded with interest' }))
      .then([resolved({ remedy: 'fee refunded with interest' })]));

  it('counts a resolution exactly at the due date as within the deadline', () =>
    given(filed)
      .when(resolveComplaint({ resolvedAt: T.due15 }))
      .then([resolved({ resolvedAt: T.due15, withinDeadline: true })]));

  it('counts a resolution one millisecond after the due date as late', () =>
    given(filed)
      .when(resolveComplaint({ resolvedAt: plusMs(T.due15) }))
      .then([resolved({ resolvedAt: plusMs(T.due15), withinDeadline: false })]));

  it('measures against the extended due date', () =>
    given([...filed, extended()])
      .when(resolveComplaint({ resolvedAt: T.due30 }))
      .then([resolved({ resolvedAt: T.due30, withinDeadline: true })]));

  it('resolves now when resolvedAt is omitted, which is late for a January complaint', () =>
    given(filed)
      .when(resolveComplaint({ resolvedAt: undefined }))
      .then([resolved({ resolvedAt: T.now, withinDeadline: false })]));

  it('accepts a resolution at the moment of receipt', () =>
    given(filed)
      .when(resolveComplaint({ resolvedAt: T.received }))
      .then([resolved({ resolvedAt: T.received })]));

  it('rejects a resolution before the complaint was received', () =>
    given(filed)
      .when(resolveComplaint({ resolvedAt: plusMs(T.received, -1) }))
      .thenThrows(TimeBeforeReceipt));

  it('rejects a handler the complaint concerns', () =>
    given(filed)
      .when(resolveComplaint({}, { actor: { id: involvedStaff, role: 'complaint_handler' } }))
      .thenThrows(ComplaintHandlerRecusal));

  it('rejects a second resolution of the same complaint', () =>
    given([...filed, resolved()]).when(resolveComplaint()).thenThrows(ComplaintAlreadyResolved));

  it('rejects an unknown complaint', () =>
    given(filed).when(resolveComplaint({ complaintId: 'complaint-9' })).thenThrows(ComplaintNotFound));
});
