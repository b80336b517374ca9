import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { ComplaintResolvedAnswer } from '../dto/answers.dto.js';
import type { ResolveComplaintDto } from '../dto/resolve-complaint.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { complaintResolvedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class ResolveComplaintCommand extends Command<ComplaintResolvedAnswer> {
  constructor(
    readonly customerId: string,
    readonly complaintId: string,
    readonly input: ResolveComplaintDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ResolveComplaintCommand)
export class ResolveComplaintHandler implements ICommandHandler<ResolveComplaintCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ customerId, complaintId, input, request }: ResolveComplaintCommand): Promise<ComplaintResolvedAnswer> {
    const context = this.commands.context(request);
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({ type: 'ResolveComplaint', data: compact({ ...input, customerId, complaintId }), meta }),
      produces: ['ComplaintResolved'],
      answer: complaintResolvedAnswer,
    });
  }
}
