import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import type { ComplaintsDashboard, CoverageReport, SatisfactionDashboard } from '@concord/read-models';
import { Roles } from '../auth/access.decorators.js';
import { ComplaintsDashboardDto, ContactCoverageDto, SatisfactionDashboardDto } from '../dto/dashboard-answers.dto.js';
import {
  ComplaintsDashboardQuery,
  ContactCoverageQuery,
  minPositionOf,
  SatisfactionQuery,
} from '../dto/read-queries.dto.js';
import { ApiRead } from '../openapi/api-docs.decorators.js';
import {
  GetComplaintsDashboardQuery,
  GetContactCoverageQuery,
  GetSatisfactionDashboardQuery,
} from '../queries/dashboard.handlers.js';
import { complaintsDashboardParams, contactCoverageParams, satisfactionParams } from '../queries/read-parameters.js';

/** Counts and shares by segment, channel, category or manager id: no personal data. */
const ANALYST: [Role] = ['analyst'];

@ApiTags('analytics')
@Controller('v1/dashboards')
export class DashboardsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('satisfaction')
  @Roles(...ANALYST)
  @ApiRead('CSAT (top-2-box, mean) and NPS of survey responses in a time range', ANALYST, SatisfactionDashboardDto)
  satisfaction(@Query() query: SatisfactionQuery): Promise<SatisfactionDashboard> {
    return this.queries.execute(new GetSatisfactionDashboardQuery(satisfactionParams(query), minPositionOf(query)));
  }

  @Get('complaints')
  @Roles(...ANALYST)
  @ApiRead('Complaint SLA: filed, open, overdue, decided in time, days to decide', ANALYST, ComplaintsDashboardDto)
  complaints(@Query() query: ComplaintsDashboardQuery): Promise<ComplaintsDashboard> {
    const params = complaintsDashboardParams(query);
    return this.queries.execute(new GetComplaintsDashboardQuery(params, minPositionOf(query)));
  }

  @Get('contact-coverage')
  @Roles(...ANALYST)
  @ApiRead('Active customers contacted in the last 30 and 90 days, and the shares', ANALYST, ContactCoverageDto)
  contactCoverage(@Query() query: ContactCoverageQuery): Promise<CoverageReport> {
    return this.queries.execute(new GetContactCoverageQuery(contactCoverageParams(query), minPositionOf(query)));
  }
}
