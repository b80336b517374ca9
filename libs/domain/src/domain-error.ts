/**
 * How the API answers a rejected command.
 * - `conflict` (409): the command clashes with the customer's current state — its lifecycle status, an id already
 *   used, a complaint already resolved. Re-reading the state shows why.
 * - `unprocessable` (422): the command breaks a rule whatever the state — a time in the future, a score out of
 *   range, a deadline too long, a recused handler, an id that names nothing.
 */
export type DomainErrorKind = 'conflict' | 'unprocessable';

/** Every code a command rejection carries, with its kind. Codes are stable: clients and dashboards key on them. */
export const DOMAIN_ERROR_KINDS = {
  'CUSTOMER.NOT_REGISTERED': 'conflict',
  'CUSTOMER.ALREADY_REGISTERED': 'conflict',
  'CUSTOMER.DEPARTED': 'conflict',
  'CUSTOMER.NOT_DEPARTED': 'conflict',
  'CUSTOMER.OPEN_COMPLAINTS': 'conflict',
  'CUSTOMER.ID_MISMATCH': 'unprocessable',
  'TIME.INVALID': 'unprocessable',
  'TIME.IN_FUTURE': 'unprocessable',
  'TIME.BEFORE_REGISTRATION': 'unprocessable',
  'TIME.BEFORE_RECEIPT': 'unprocessable',
  'TIME.OUT_OF_ORDER': 'unprocessable',
  'TIME.NOT_AFTER_CONTACT': 'unprocessable',
  'CONTACT.DUPLICATE_ID': 'conflict',
  'CLASSIFICATION.UNCHANGED': 'conflict',
  'COMPLAINT.UNKNOWN_CATEGORY': 'unprocessable',
  'COMPLAINT.UNKNOWN_PRODUCT': 'unprocessable',
  'COMPLAINT.DUPLICATE_ID': 'conflict',
  'COMPLAINT.NOT_FOUND': 'unprocessable',
  'COMPLAINT.ALREADY_RESOLVED': 'conflict',
  'COMPLAINT.NO_MORE_EXTENSIONS': 'conflict',
  'COMPLAINT.EXTENSION_NOT_LATER': 'unprocessable',
  'COMPLAINT.EXTENSION_TOO_LONG': 'unprocessable',
  'COMPLAINT.APPROVAL_REQUIRED': 'unprocessable',
  'COMPLAINT.SELF_APPROVAL': 'unprocessable',
  'COMPLAINT.HANDLER_RECUSAL': 'unprocessable',
  'COMPLAINT.APPROVER_RECUSAL': 'unprocessable',
  'SURVEY.SCORE_OUT_OF_RANGE': 'unprocessable',
  'SURVEY.DUPLICATE_ID': 'conflict',
  'SURVEY.UNKNOWN_RELATED_COMPLAINT': 'unprocessable',
  'SURVEY.UNKNOWN_RELATED_CONTACT': 'unprocessable',
} as const satisfies Record<string, DomainErrorKind>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_KINDS;

/**
 * A rejected command. Never extends a framework class: the API maps `kind` to a status in one exception filter.
 * The message says what to do about it; `code` is what programs compare.
 */
export abstract class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly kind: DomainErrorKind;

  protected constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.kind = DOMAIN_ERROR_KINDS[code];
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
