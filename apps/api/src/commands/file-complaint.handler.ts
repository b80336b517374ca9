import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { ComplainedAnswer } from '../dto/answers.dto.js';
import type { FileComplaintDto } from '../dto/file-complaint.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { complainedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class FileComplaintCommand extends Command<ComplainedAnswer> {
  constructor(
    readonly customerId: string,
    readonly input: FileComplaintDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(FileComplaintCommand)
export class FileComplaintHandler implements ICommandHandler<FileComplaintCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ customerId, input, request }: FileComplaintCommand): Promise<ComplainedAnswer> {
    const context = this.commands.context(request);
    const complaintId = this.commands.idFor(input.complaintId, context, 'complaintId');
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({ type: 'FileComplaint', data: compact({ ...input, customerId, complaintId }), meta }),
      produces: ['CustomerComplained'],
      answer: complainedAnswer,
    });
  }
}
