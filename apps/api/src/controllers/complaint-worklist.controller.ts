import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import type { OpenComplaintItem, Page } from '@concord/read-models';
import { Roles } from '../auth/access.decorators.js';
import { minPositionOf, OpenComplaintsQuery } from '../dto/read-queries.dto.js';
import { WorklistPageDto } from '../dto/worklist-answers.dto.js';
import { ApiRead } from '../openapi/api-docs.decorators.js';
import { GetOpenComplaintsQuery } from '../queries/open-complaints.handler.js';
import { openComplaintsParams } from '../queries/read-parameters.js';

const HANDLER: [Role] = ['complaint_handler'];

@ApiTags('complaints')
@Controller('v1/complaints')
export class ComplaintWorklistController {
  constructor(private readonly queries: QueryBus) {}

  @Get('open')
  @Roles(...HANDLER)
  @ApiRead('The open complaints worklist, earliest due date first', HANDLER, WorklistPageDto)
  open(@Query() query: OpenComplaintsQuery): Promise<Page<OpenComplaintItem>> {
    return this.queries.execute(new GetOpenComplaintsQuery(openComplaintsParams(query), minPositionOf(query)));
  }
}
