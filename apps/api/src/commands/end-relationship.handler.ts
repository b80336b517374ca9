import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { AppendedAnswer } from '../dto/answers.dto.js';
import type { EndRelationshipDto } from '../dto/relationship.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { relationshipEndedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class EndRelationshipCommand extends Command<AppendedAnswer> {
  constructor(
    readonly customerId: string,
    readonly input: EndRelationshipDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(EndRelationshipCommand)
export class EndRelationshipHandler implements ICommandHandler<EndRelationshipCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ customerId, input, request }: EndRelationshipCommand): Promise<AppendedAnswer> {
    const context = this.commands.context(request);
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({ type: 'EndRelationship', data: compact({ ...input, customerId }), meta }),
      produces: ['RelationshipEnded'],
      answer: relationshipEndedAnswer,
    });
  }
}
