import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { NewContactOutcome } from '@concord/domain';
import type { ContactedAnswer } from '../dto/answers.dto.js';
import type { ContactCustomerDto } from '../dto/contact-customer.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { contactedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class ContactCustomerCommand extends Command<ContactedAnswer> {
  constructor(
    readonly customerId: string,
    readonly input: ContactCustomerDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ContactCustomerCommand)
export class ContactCustomerHandler implements ICommandHandler<ContactCustomerCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ customerId, input, request }: ContactCustomerCommand): Promise<ContactedAnswer> {
    const context = this.commands.context(request);
    const contactId = this.commands.idFor(input.contactId, context, 'contactId');
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({
        type: 'ContactCustomer',
        // The DTO's rules give a follow-up its followUpBy; the decider checks its time again anyway.
        data: compact({ ...input, outcome: input.outcome as NewContactOutcome | undefined, customerId, contactId }),
        meta,
      }),
      produces: ['CustomerContacted'],
      answer: contactedAnswer,
    });
  }
}
