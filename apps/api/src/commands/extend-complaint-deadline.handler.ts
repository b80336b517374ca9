import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { DeadlineExtendedAnswer } from '../dto/answers.dto.js';
import type { ExtendComplaintDto } from '../dto/extend-complaint.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { deadlineExtendedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class ExtendComplaintDeadlineCommand extends Command<DeadlineExtendedAnswer> {
  constructor(
    readonly customerId: string,
    readonly complaintId: string,
    readonly input: ExtendComplaintDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ExtendComplaintDeadlineCommand)
export class ExtendComplaintDeadlineHandler implements ICommandHandler<ExtendComplaintDeadlineCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute(command: ExtendComplaintDeadlineCommand): Promise<DeadlineExtendedAnswer> {
    const { customerId, complaintId, input, request } = command;
    const context = this.commands.context(request);
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({
        type: 'ExtendComplaintDeadline',
        data: compact({ ...input, customerId, complaintId }),
        meta,
      }),
      produces: ['ComplaintDeadlineExtended'],
      answer: deadlineExtendedAnswer,
    });
  }
}
