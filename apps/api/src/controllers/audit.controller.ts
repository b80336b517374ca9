import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import type { ChainVerification } from '@concord/event-store';
import { Roles } from '../auth/access.decorators.js';
import { NotServedCustomer } from '../auth/auth.errors.js';
import { CustomerHistoryDto, CustomerStateDto, VerificationDto } from '../dto/audit-answers.dto.js';
import { ErrorBody } from '../dto/answers.dto.js';
import { AsOfQuery, CustomerParams } from '../dto/params.dto.js';
import { Reader, type ReaderContext } from '../http/request-context.decorator.js';
import { AuditLog } from '../infrastructure/audit-log.js';
import { ApiSecured } from '../openapi/api-docs.decorators.js';
import { GetCustomerHistoryQuery, type CustomerHistory } from '../queries/get-customer-history.handler.js';
import { GetCustomerStateQuery, type CustomerStateAnswer } from '../queries/get-customer-state.handler.js';
import { VerifyCustomerHistoryQuery } from '../queries/verify-customer-history.handler.js';

const AUDITOR: [Role] = ['auditor'];
/**
 * Managers (for the customers they serve) and handlers need the current state to do their work; their reads are
 * logged like an auditor's.
 */
const STATE_READERS: [Role, ...Role[]] = ['auditor', 'relationship_manager', 'complaint_handler'];

/** Replays, point-in-time state and integrity checks. Every read of personal data is recorded in the AuditLog. */
@ApiTags('audit')
@ApiNotFoundResponse({ type: ErrorBody, description: 'CUSTOMER.NOT_FOUND' })
@Controller('v1/customers/:id')
export class AuditController {
  constructor(
    private readonly queries: QueryBus,
    private readonly auditLog: AuditLog,
  ) {}

  @Get('history')
  @Roles(...AUDITOR)
  @ApiSecured("The customer's events in stream order, as recorded by asOf", AUDITOR)
  @ApiOkResponse({ type: CustomerHistoryDto })
  async history(
    @Param() { id }: CustomerParams,
    @Query() { asOf }: AsOfQuery,
    @Reader() reader: ReaderContext,
  ): Promise<CustomerHistory> {
    const history = await this.queries.execute(new GetCustomerHistoryQuery(id, asOf));
    this.auditLog.recordRead({ ...reader, customerId: id, ...(asOf === undefined ? {} : { asOf }) });
    return history;
  }

  @Get('state')
  @Roles(...STATE_READERS)
  @ApiSecured("The customer's state folded from the history recorded by asOf", STATE_READERS)
  @ApiOkResponse({ type: CustomerStateDto })
  async state(
    @Param() { id }: CustomerParams,
    @Query() { asOf }: AsOfQuery,
    @Reader() reader: ReaderContext,
  ): Promise<CustomerStateAnswer> {
    const state = await this.queries.execute(new GetCustomerStateQuery(id, asOf));
    const servedByAnother =
      reader.actor.role === 'relationship_manager' &&
      state.status !== 'unregistered' &&
      state.relationshipManagerId !== reader.actor.id;
    if (servedByAnother) throw new NotServedCustomer(id);
    this.auditLog.recordRead({ ...reader, customerId: id, ...(asOf === undefined ? {} : { asOf }) });
    return state;
  }

  @Get('history/verification')
  @Roles(...AUDITOR)
  @ApiSecured("Recompute the customer's hash chain", AUDITOR)
  @ApiOkResponse({ type: VerificationDto })
  verification(@Param() { id }: CustomerParams): Promise<ChainVerification> {
    return this.queries.execute(new VerifyCustomerHistoryQuery(id));
  }
}
