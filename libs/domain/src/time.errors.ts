import { DomainError } from './domain-error.js';

export class InvalidTime extends DomainError {
  constructor(field: string, value: unknown) {
    super(
      'TIME.INVALID',
      `${field} is ${JSON.stringify(value)}: send an ISO-8601 instant with a time zone, e.g. 2026-01-05T09:00:00.000Z.`,
    );
  }
}

export class TimeInFuture extends DomainError {
  constructor(field: string, value: string, latestAccepted: string) {
    super(
      'TIME.IN_FUTURE',
      `${field} ${value} lies in the future (latest accepted now: ${latestAccepted}); ` +
        'record things once they have happened.',
    );
  }
}

export class TimeBeforeRegistration extends DomainError {
  constructor(field: string, value: string, registeredAt: string) {
    super(
      'TIME.BEFORE_REGISTRATION',
      `${field} ${value} precedes the customer's registration at ${registeredAt}; ` +
        'import the registration with an earlier registeredAt first, or correct the time.',
    );
  }
}

export class TimeBeforeReceipt extends DomainError {
  constructor(field: string, value: string, receivedAt: string) {
    super(
      'TIME.BEFORE_RECEIPT',
      `${field} ${value} precedes the complaint's receipt at ${receivedAt}; correct the time.`,
    );
  }
}

/** A follow-up is due after the contact that calls for it. */
export class TimeNotAfterContact extends DomainError {
  constructor(field: string, value: string, occurredAt: string) {
    super(
      'TIME.NOT_AFTER_CONTACT',
      `${field} ${value} is not after the contact at ${occurredAt}; set when the follow-up is due, after the contact.`,
    );
  }
}

/** The relationship's own transitions (registered, ended, resumed) must follow one another in time. */
export class TimeOutOfOrder extends DomainError {
  constructor(field: string, value: string, previous: string) {
    super(
      'TIME.OUT_OF_ORDER',
      `${field} ${value} precedes the relationship's previous change at ${previous}; correct the time.`,
    );
  }
}
