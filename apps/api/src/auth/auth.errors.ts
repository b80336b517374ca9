import type { Role } from '@concord/contracts';

/** No valid bearer token: 401 with `WWW-Authenticate: Bearer`. The message never echoes the token. */
export class Unauthenticated extends Error {
  readonly code = 'AUTH.UNAUTHENTICATED';

  constructor(
    message: string,
    /** RFC 6750 error code for the WWW-Authenticate header; absent when no token was sent at all. */
    readonly bearerError?: 'invalid_request' | 'invalid_token',
  ) {
    super(message);
    this.name = 'Unauthenticated';
  }
}

/** A valid token whose roles do not allow the route: 403. */
export class Forbidden extends Error {
  readonly code = 'AUTH.FORBIDDEN';

  constructor(readonly allowed: readonly Role[], held: readonly Role[]) {
    super(
      allowed.length === 0
        ? 'This route is not open to any role.'
        : `This route requires one of the roles ${allowed.join(', ')}; the token has ${held.join(', ')}.`,
    );
    this.name = 'Forbidden';
  }
}

/**
 * A relationship manager asking for the personal data of a customer another manager serves: 403. DOMAIN.md lets
 * managers see personal data only for the customers they serve.
 */
export class NotServedCustomer extends Error {
  readonly code = 'AUTH.NOT_YOUR_CUSTOMER';

  constructor(customerId: string) {
    super(
      `Customer ${customerId} is served by another relationship manager; ask that manager, a complaint handler ` +
        'or an auditor.',
    );
    this.name = 'NotServedCustomer';
  }
}
