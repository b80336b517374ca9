import { deciderSpec } from '@concord/testing';
import {
  ComplaintAlreadyResolved,
  ComplaintApprovalRequired,
  ComplaintApproverRecusal,
  ComplaintExtensionNotLater,
  ComplaintExtensionTooLong,
  ComplaintHandlerRecusal,
  ComplaintNoMoreExtensions,
  ComplaintNotFound,
  ComplaintSelfApproval,
} from './complaint.errors.js';
import { customerDecider } from './customer.decider.js';
import { DEFAULT_RULES } from './domain-rules.js';
import { approvedExtension, extendDeadline } from './testing/customer-commands.fixtures.js';
import {
  complained,
  extended,
  handler,
  involvedStaff,
  plusMs,
  registered,
  resolved,
  supervisor,
  T,
} from './testing/customer.fixtures.js';
import { InvalidTime, TimeBeforeReceipt, TimeInFuture } from './time.errors.js';

const given = deciderSpec(customerDecider);
const filed = [registered(), complained()];
const extendedOnce = [...filed, extended()];
const secondExtension = (newDueAt: string) =>
  extended({
    extension: 2,
    previousDueAt: T.due30,
    newDueAt,
    approvedBy: supervisor,
    reason: 'overseas merchant dispute',
    extendedAt: T.now,
  });

describe('ExtendComplaintDeadline', () => {
  describe('the first extension (complex case, at most 30 days after receipt)', () => {
    it('accepts a due date exactly 30 days after receipt, recording the previous one', () =>
      given(filed)
        .when(extendDeadline({ newDueAt: T.due30 }))
        .then([extended({ extension: 1, previousDueAt: T.due15, newDueAt: T.due30, extendedAt: T.now })]));

    it('rejects a due date one millisecond beyond 30 days', () =>
      given(filed).when(extendDeadline({ newDueAt: plusMs(T.due30) })).thenThrows(ComplaintExtensionTooLong));

    it('records an approval when one is given', () =>
      given(filed)
        .when(extendDeadline({ approvedBy: supervisor }))
        .then([extended({ approvedBy: supervisor, extendedAt: T.now })]));

    it('takes the limit from the rules', () =>
      given(filed)
        .when(extendDeadline({ newDueAt: T.due30 }, { rules: { ...DEFAULT_RULES, complexCaseMaxDays: 20 } }))
        .thenThrows('COMPLAINT.EXTENSION_TOO_LONG'));
  });

  describe('the second extension (approved, at most 60 days after receipt)', () => {
    it('accepts an approved due date exactly 60 days after receipt', () =>
      given(extendedOnce).when(approvedExtension()).then([secondExtension(T.due60)]));

    it('rejects a due date one millisecond beyond 60 days', () =>
      given(extendedOnce)
        .when(approvedExtension({ newDueAt: plusMs(T.due60) }))
        .thenThrows(ComplaintExtensionTooLong));

    it('requires an approval', () =>
      given(extendedOnce).when(approvedExtension({ approvedBy: undefined })).thenThrows(ComplaintApprovalRequired));

    it('treats an empty approver as no approval', () =>
      given(extendedOnce).when(approvedExtension({ approvedBy: '' })).thenThrows('COMPLAINT.APPROVAL_REQUIRED'));

    it('rejects an approval from someone the complaint concerns', () =>
      given(extendedOnce)
        .when(approvedExtension({ approvedBy: involvedStaff }))
        .thenThrows(ComplaintApproverRecusal));

    it('rejects an approval by the requesting handler', () =>
      given(extendedOnce).when(approvedExtension({ approvedBy: handler.id })).thenThrows(ComplaintSelfApproval));
  });

  it('allows no third extension', () =>
    given([...extendedOnce, secondExtension(T.due60)])
      .when(approvedExtension({ newDueAt: T.due60 }))
      .thenThrows(ComplaintNoMoreExtensions));

  it('rejects a due date equal to the current one', () =>
    given(extendedOnce).when(approvedExtension({ newDueAt: T.due30 })).thenThrows(ComplaintExtensionNotLater));

  it('rejects a due date earlier than the current one', () =>
    given(filed).when(extendDeadline({ newDueAt: '2026-01-20T08:00:00.000Z' })).thenThrows(ComplaintExtensionNotLater));

  it('rejects an extension by a handler the complaint concerns', () =>
    given(filed)
      .when(extendDeadline({}, { actor: { id: involvedStaff, role: 'complaint_handler' } }))
      .thenThrows(ComplaintHandlerRecusal));

  it('rejects an unknown complaint', () =>
    given(filed).when(extendDeadline({ complaintId: 'complaint-9' })).thenThrows(ComplaintNotFound));

  it('rejects extending a resolved complaint', () =>
    given([...filed, resolved()]).when(extendDeadline()).thenThrows(ComplaintAlreadyResolved));

  it('rejects a malformed new due date', () =>
    given(filed).when(extendDeadline({ newDueAt: '2026-02-09' })).thenThrows(InvalidTime));

  it('records a new due date given with an offset in UTC', () =>
    given(filed)
      .when(extendDeadline({ newDueAt: '2026-02-09T16:00:00+08:00' }))
      .then([extended({ newDueAt: T.due30, extendedAt: T.now })]));

  describe('customerNotifiedAt', () => {
    it('is recorded when given', () =>
      given(filed)
        .when(extendDeadline({ customerNotifiedAt: T.resolved }))
        .then([extended({ customerNotifiedAt: T.resolved, extendedAt: T.now })]));

    it('may not precede the complaint', () =>
      given(filed)
        .when(extendDeadline({ customerNotifiedAt: T.contacted }))
        .thenThrows(TimeBeforeReceipt));

    it('may not lie in the future', () =>
      given(filed)
        .when(extendDeadline({ customerNotifiedAt: '2026-05-01T00:00:00.000Z' }))
        .thenThrows(TimeInFuture));
  });
});
