import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { AppendedAnswer } from '../dto/answers.dto.js';
import type { ResumeRelationshipDto } from '../dto/relationship.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { relationshipResumedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class ResumeRelationshipCommand extends Command<AppendedAnswer> {
  constructor(
    readonly customerId: string,
    readonly input: ResumeRelationshipDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ResumeRelationshipCommand)
export class ResumeRelationshipHandler implements ICommandHandler<ResumeRelationshipCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ customerId, input, request }: ResumeRelationshipCommand): Promise<AppendedAnswer> {
    const context = this.commands.context(request);
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({ type: 'ResumeRelationship', data: compact({ ...input, customerId }), meta }),
      produces: ['RelationshipResumed'],
      answer: relationshipResumedAnswer,
    });
  }
}
