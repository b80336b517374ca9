import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import { Roles } from '../auth/access.decorators.js';
import { ExtendComplaintDeadlineCommand } from '../commands/extend-complaint-deadline.handler.js';
import { FileComplaintCommand } from '../commands/file-complaint.handler.js';
import { ResolveComplaintCommand } from '../commands/resolve-complaint.handler.js';
import { ComplainedAnswer, ComplaintResolvedAnswer, DeadlineExtendedAnswer } from '../dto/answers.dto.js';
import { ExtendComplaintDto } from '../dto/extend-complaint.dto.js';
import { FileComplaintDto } from '../dto/file-complaint.dto.js';
import { ComplaintParams, CustomerParams } from '../dto/params.dto.js';
import { ResolveComplaintDto } from '../dto/resolve-complaint.dto.js';
import { Context, type RequestContext } from '../http/request-context.decorator.js';
import { ApiCommand } from '../openapi/api-docs.decorators.js';

const HANDLER: [Role] = ['complaint_handler'];

/** The complaint handler's commands: file, extend the deadline of, and resolve a complaint. */
@ApiTags('complaints')
@Controller('v1/customers/:id/complaints')
export class ComplaintsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles(...HANDLER)
  @ApiCommand('File a complaint; it is due within the configured decision days', HANDLER, ComplainedAnswer)
  file(
    @Param() { id }: CustomerParams,
    @Body() body: FileComplaintDto,
    @Context() context: RequestContext,
  ): Promise<ComplainedAnswer> {
    return this.commands.execute(new FileComplaintCommand(id, body, context));
  }

  @Post(':complaintId/extension')
  @Roles(...HANDLER)
  @ApiCommand("Extend a complaint's deadline (complex or special case)", HANDLER, DeadlineExtendedAnswer)
  extend(
    @Param() { id, complaintId }: ComplaintParams,
    @Body() body: ExtendComplaintDto,
    @Context() context: RequestContext,
  ): Promise<DeadlineExtendedAnswer> {
    return this.commands.execute(new ExtendComplaintDeadlineCommand(id, complaintId, body, context));
  }

  @Post(':complaintId/resolution')
  @Roles(...HANDLER)
  @ApiCommand('Resolve a complaint', HANDLER, ComplaintResolvedAnswer)
  resolve(
    @Param() { id, complaintId }: ComplaintParams,
    @Body() body: ResolveComplaintDto,
    @Context() context: RequestContext,
  ): Promise<ComplaintResolvedAnswer> {
    return this.commands.execute(new ResolveComplaintCommand(id, complaintId, body, context));
  }
}
