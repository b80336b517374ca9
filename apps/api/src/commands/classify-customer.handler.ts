import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { AppendedAnswer } from '../dto/answers.dto.js';
import type { ClassifyCustomerDto } from '../dto/classify-customer.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { classifiedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class ClassifyCustomerCommand extends Command<AppendedAnswer> {
  constructor(
    readonly customerId: string,
    readonly input: ClassifyCustomerDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ClassifyCustomerCommand)
export class ClassifyCustomerHandler implements ICommandHandler<ClassifyCustomerCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ customerId, input, request }: ClassifyCustomerCommand): Promise<AppendedAnswer> {
    const context = this.commands.context(request);
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({ type: 'ClassifyCustomer', data: compact({ ...input, customerId }), meta }),
      produces: ['CustomerClassified'],
      answer: classifiedAnswer,
    });
  }
}
