import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import type { Customer360View } from '@concord/read-models';
import { Roles } from '../auth/access.decorators.js';
import { NotServedCustomer } from '../auth/auth.errors.js';
import { ErrorBody } from '../dto/answers.dto.js';
import { Customer360Dto } from '../dto/customer-360-answer.dto.js';
import { CustomerParams } from '../dto/params.dto.js';
import { minPositionOf, ReadQuery } from '../dto/read-queries.dto.js';
import { Reader, type ReaderContext } from '../http/request-context.decorator.js';
import { AuditLog } from '../infrastructure/audit-log.js';
import { ApiRead } from '../openapi/api-docs.decorators.js';
import { GetCustomer360Query } from '../queries/get-customer-360.handler.js';

/**
 * The people who serve the customer: managers (only for the customers they serve, as for /state) and complaint
 * handlers. The manager role is listed first so a token holding both is held to the narrower rule.
 */
const SERVING: [Role, ...Role[]] = ['relationship_manager', 'complaint_handler'];

/** The customer's 360 view. It holds personal data, so every read is recorded in the AuditLog. */
@ApiTags('customers')
@Controller('v1/customers')
export class Customer360Controller {
  constructor(
    private readonly queries: QueryBus,
    private readonly auditLog: AuditLog,
  ) {}

  @Get(':id')
  @Roles(...SERVING)
  @ApiRead(
    'Customer 360: profile, segment and tier, manager, status, last contact per channel, open complaints, ' +
      'latest CSAT and NPS, churn risk',
    SERVING,
    Customer360Dto,
  )
  @ApiNotFoundResponse({ type: ErrorBody, description: 'CUSTOMER.NOT_FOUND (not in the read model)' })
  async view(
    @Param() { id }: CustomerParams,
    @Query() query: ReadQuery,
    @Reader() reader: ReaderContext,
  ): Promise<Customer360View> {
    const view = await this.queries.execute(new GetCustomer360Query(id, minPositionOf(query)));
    if (reader.actor.role === 'relationship_manager' && view.relationshipManagerId !== reader.actor.id) {
      throw new NotServedCustomer(id);
    }
    this.auditLog.recordRead({ ...reader, customerId: id });
    return view;
  }
}
