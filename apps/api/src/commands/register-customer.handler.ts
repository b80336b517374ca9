import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { AppendedAnswer } from '../dto/answers.dto.js';
import type { RegisterCustomerDto } from '../dto/register-customer.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { registeredAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class RegisterCustomerCommand extends Command<AppendedAnswer> {
  constructor(
    readonly input: RegisterCustomerDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ input, request }: RegisterCustomerCommand): Promise<AppendedAnswer> {
    const context = this.commands.context(request);
    const customerId = this.commands.idFor(input.customerId, context, 'customerId');
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({ type: 'RegisterCustomer', data: compact({ ...input, customerId }), meta }),
      produces: ['CustomerRegistered'],
      answer: registeredAnswer,
    });
  }
}
