import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@concord/contracts';

/** One read of a customer's personal data. Carries ids only: the line itself must hold no personal data. */
export type AuditedRead = Readonly<{
  actor: Actor;
  /** The route template, e.g. `GET /v1/customers/:id/history`. */
  route: string;
  /** The customer whose personal data was read; ALL_CUSTOMERS for a read across customers (the event feed). */
  customerId: string;
  correlationId: string;
  asOf?: string;
}>;

export const ALL_CUSTOMERS = '*';

/**
 * Records who read whose personal data (DOMAIN.md: every auditor read is itself recorded).
 * Logged for now; an event-sourced access log can replace this provider without touching the controllers.
 */
export abstract class AuditLog {
  abstract recordRead(read: AuditedRead): void;
}

@Injectable()
export class LoggerAuditLog extends AuditLog {
  private readonly logger = new Logger('Audit');

  recordRead({ actor, route, customerId, correlationId, asOf }: AuditedRead): void {
    this.logger.log(
      JSON.stringify({ audit: 'personal-data-read', actor, route, customerId, correlationId, asOf }),
    );
  }
}
