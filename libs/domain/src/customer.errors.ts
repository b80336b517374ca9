import { DomainError } from './domain-error.js';

export class CustomerNotRegistered extends DomainError {
  constructor(customerId: string) {
    super('CUSTOMER.NOT_REGISTERED', `Customer ${customerId} is not registered; register the customer first.`);
  }
}

export class CustomerAlreadyRegistered extends DomainError {
  constructor(customerId: string) {
    super(
      'CUSTOMER.ALREADY_REGISTERED',
      `Customer ${customerId} is already registered; update the existing customer instead.`,
    );
  }
}

export class CustomerDeparted extends DomainError {
  constructor(customerId: string) {
    super(
      'CUSTOMER.DEPARTED',
      `The relationship with customer ${customerId} has ended; resume it before recording anything else.`,
    );
  }
}

export class CustomerNotDeparted extends DomainError {
  constructor(customerId: string) {
    super(
      'CUSTOMER.NOT_DEPARTED',
      `The relationship with customer ${customerId} is active; there is nothing to resume.`,
    );
  }
}

/** Every complaint must be decided (DOMAIN.md), and a departed customer accepts no complaint commands. */
export class CustomerHasOpenComplaints extends DomainError {
  constructor(customerId: string, complaintIds: readonly string[]) {
    super(
      'CUSTOMER.OPEN_COMPLAINTS',
      `Customer ${customerId} has open complaints (${complaintIds.join(', ')}); ` +
        'resolve them before ending the relationship.',
    );
  }
}

/** A command reached another customer's stream: a routing bug, never the customer's fault. */
export class CustomerIdMismatch extends DomainError {
  constructor(commandCustomerId: string, streamCustomerId: string) {
    super(
      'CUSTOMER.ID_MISMATCH',
      `The command names customer ${commandCustomerId} but was sent to customer ${streamCustomerId}'s stream; ` +
        'send it to its own customer.',
    );
  }
}

export class ContactDuplicateId extends DomainError {
  constructor(contactId: string) {
    super('CONTACT.DUPLICATE_ID', `Contact ${contactId} is already recorded; use a new contact id.`);
  }
}

export class ClassificationUnchanged extends DomainError {
  constructor(customerId: string) {
    super(
      'CLASSIFICATION.UNCHANGED',
      `Customer ${customerId} already has this classification; ` +
        'send a classification that differs from the current one.',
    );
  }
}
