import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import { Roles } from '../auth/access.decorators.js';
import { ProjectionStatusesDto } from '../dto/projection-answers.dto.js';
import { NoQueryParameters } from '../errors/no-query-parameters.pipe.js';
import { ApiSecured } from '../openapi/api-docs.decorators.js';
import { GetProjectionStatusesQuery, type ProjectionStatuses } from '../queries/get-projection-statuses.handler.js';

/**
 * Operational metadata only (names, positions, lag, a failure's event type and message). Analysts judge how fresh
 * their dashboards are, auditors whether the read models have caught up with the log they verify, and admins
 * (always allowed) operate rebuilds. Managers and handlers read single customers, where minPosition serves them.
 */
const OBSERVERS: [Role, ...Role[]] = ['analyst', 'auditor'];

@ApiTags('operations')
@Controller('v1/projections')
export class ProjectionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...OBSERVERS)
  @ApiSecured('Each projection version: status, checkpoint, lag in events and seconds', OBSERVERS)
  @ApiOkResponse({ type: ProjectionStatusesDto })
  statuses(@Query(NoQueryParameters) _query: Record<string, never>): Promise<ProjectionStatuses> {
    return this.queries.execute(new GetProjectionStatusesQuery());
  }
}
