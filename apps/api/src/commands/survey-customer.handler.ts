import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compact } from '@concord/domain';
import type { SurveyedAnswer } from '../dto/answers.dto.js';
import type { SurveyCustomerDto } from '../dto/survey-customer.dto.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { surveyedAnswer } from './command-answers.js';
import { CustomerCommandRunner } from './customer-command.runner.js';

export class SurveyCustomerCommand extends Command<SurveyedAnswer> {
  constructor(
    readonly customerId: string,
    readonly input: SurveyCustomerDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(SurveyCustomerCommand)
export class SurveyCustomerHandler implements ICommandHandler<SurveyCustomerCommand> {
  constructor(private readonly commands: CustomerCommandRunner) {}

  execute({ customerId, input, request }: SurveyCustomerCommand): Promise<SurveyedAnswer> {
    const context = this.commands.context(request);
    const surveyId = this.commands.idFor(input.surveyId, context, 'surveyId');
    return this.commands.run(customerId, {
      context,
      build: (meta) => ({ type: 'SurveyCustomer', data: compact({ ...input, customerId, surveyId }), meta }),
      produces: ['CustomerSurveyed'],
      answer: surveyedAnswer,
    });
  }
}
