import { DomainError } from './domain-error.js';

export class ComplaintUnknownCategory extends DomainError {
  constructor(category: string) {
    super(
      'COMPLAINT.UNKNOWN_CATEGORY',
      `Complaint category ${category} is not in the taxonomy; pick a listed category.`,
    );
  }
}

export class ComplaintUnknownProduct extends DomainError {
  constructor(product: string) {
    super('COMPLAINT.UNKNOWN_PRODUCT', `Product ${product} is not in the taxonomy; pick a listed product.`);
  }
}

export class ComplaintDuplicateId extends DomainError {
  constructor(complaintId: string) {
    super('COMPLAINT.DUPLICATE_ID', `Complaint ${complaintId} is already filed; use a new complaint id.`);
  }
}

export class ComplaintNotFound extends DomainError {
  constructor(complaintId: string) {
    super('COMPLAINT.NOT_FOUND', `This customer has no complaint ${complaintId}; check the complaint id.`);
  }
}

export class ComplaintAlreadyResolved extends DomainError {
  constructor(complaintId: string) {
    super(
      'COMPLAINT.ALREADY_RESOLVED',
      `Complaint ${complaintId} is already resolved; file a new complaint if the customer raises it again.`,
    );
  }
}

export class ComplaintNoMoreExtensions extends DomainError {
  constructor(complaintId: string) {
    super(
      'COMPLAINT.NO_MORE_EXTENSIONS',
      `Complaint ${complaintId} was extended twice already, the most the rules allow; decide it now.`,
    );
  }
}

export class ComplaintExtensionNotLater extends DomainError {
  constructor(newDueAt: string, dueAt: string) {
    super(
      'COMPLAINT.EXTENSION_NOT_LATER',
      `The new due date ${newDueAt} is not later than the current one (${dueAt}); a deadline only moves forward.`,
    );
  }
}

export class ComplaintExtensionTooLong extends DomainError {
  constructor(newDueAt: string, latestDueAt: string, extension: 1 | 2) {
    super(
      'COMPLAINT.EXTENSION_TOO_LONG',
      `Extension ${extension} may set the due date no later than ${latestDueAt}; ${newDueAt} is beyond it.`,
    );
  }
}

export class ComplaintApprovalRequired extends DomainError {
  constructor(complaintId: string) {
    super(
      'COMPLAINT.APPROVAL_REQUIRED',
      `A second extension of complaint ${complaintId} needs the approval of a superior institution or ` +
        'senior management: send approvedBy.',
    );
  }
}

export class ComplaintSelfApproval extends DomainError {
  constructor(staffId: string) {
    super(
      'COMPLAINT.SELF_APPROVAL',
      `${staffId} cannot approve an extension they request; ask someone senior who is not handling it.`,
    );
  }
}

export class ComplaintHandlerRecusal extends DomainError {
  constructor(staffId: string, complaintId: string) {
    super(
      'COMPLAINT.HANDLER_RECUSAL',
      `${staffId} is involved in complaint ${complaintId} and must not handle it; hand it to an uninvolved handler.`,
    );
  }
}

export class ComplaintApproverRecusal extends DomainError {
  constructor(staffId: string, complaintId: string) {
    super(
      'COMPLAINT.APPROVER_RECUSAL',
      `${staffId} is involved in complaint ${complaintId} and must not approve its extension; ` +
        'ask an uninvolved approver.',
    );
  }
}
