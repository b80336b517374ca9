import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import type { ChurnRiskDetail, ChurnRiskListItem, Page } from '@concord/read-models';
import { Roles } from '../auth/access.decorators.js';
import { ErrorBody } from '../dto/answers.dto.js';
import { ChurnRiskDetailDto, ChurnRiskPageDto } from '../dto/churn-risk-answers.dto.js';
import { ChurnRiskListQuery, ChurnRiskParams, minPositionOf, ReadQuery } from '../dto/read-queries.dto.js';
import { ApiRead } from '../openapi/api-docs.decorators.js';
import { GetChurnRiskQuery, ListChurnRiskQuery } from '../queries/churn-risk.handlers.js';
import { churnRiskListParams } from '../queries/read-parameters.js';

/** Analysts see ids and segments only; the churn read model holds no personal data. */
const ANALYST: [Role] = ['analyst'];

@ApiTags('analytics')
@Controller('v1/churn-risk')
export class ChurnRiskController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...ANALYST)
  @ApiRead('Active customers by churn-risk score, highest first (ids, no personal data)', ANALYST, ChurnRiskPageDto)
  list(@Query() query: ChurnRiskListQuery): Promise<Page<ChurnRiskListItem>> {
    return this.queries.execute(new ListChurnRiskQuery(churnRiskListParams(query), minPositionOf(query)));
  }

  @Get(':customerId')
  @Roles(...ANALYST)
  @ApiRead("One customer's score with every factor behind it (PIPL Art. 24)", ANALYST, ChurnRiskDetailDto)
  @ApiNotFoundResponse({
    type: ErrorBody,
    description: 'CUSTOMER.NOT_FOUND, or CHURN_RISK.NOT_SCORED for a departed customer',
  })
  detail(@Param() { customerId }: ChurnRiskParams, @Query() query: ReadQuery): Promise<ChurnRiskDetail> {
    return this.queries.execute(new GetChurnRiskQuery(customerId, minPositionOf(query)));
  }
}
