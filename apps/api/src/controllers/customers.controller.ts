import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import { Roles } from '../auth/access.decorators.js';
import { ClassifyCustomerCommand } from '../commands/classify-customer.handler.js';
import { ContactCustomerCommand } from '../commands/contact-customer.handler.js';
import { EndRelationshipCommand } from '../commands/end-relationship.handler.js';
import { RegisterCustomerCommand } from '../commands/register-customer.handler.js';
import { ResumeRelationshipCommand } from '../commands/resume-relationship.handler.js';
import { SurveyCustomerCommand } from '../commands/survey-customer.handler.js';
import { AppendedAnswer, ContactedAnswer, SurveyedAnswer } from '../dto/answers.dto.js';
import { ClassifyCustomerDto } from '../dto/classify-customer.dto.js';
import { ContactCustomerDto } from '../dto/contact-customer.dto.js';
import { CustomerParams } from '../dto/params.dto.js';
import { RegisterCustomerDto } from '../dto/register-customer.dto.js';
import { EndRelationshipDto, ResumeRelationshipDto } from '../dto/relationship.dto.js';
import { SurveyCustomerDto } from '../dto/survey-customer.dto.js';
import { Context, type RequestContext } from '../http/request-context.decorator.js';
import { ApiCommand } from '../openapi/api-docs.decorators.js';

const MANAGER: [Role] = ['relationship_manager'];

/** The relationship manager's commands. Each maps the request to a command; the handler does the rest. */
@ApiTags('customers')
@Controller('v1/customers')
export class CustomersController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles(...MANAGER)
  @ApiCommand('Register a customer', MANAGER, AppendedAnswer)
  register(@Body() body: RegisterCustomerDto, @Context() context: RequestContext): Promise<AppendedAnswer> {
    return this.commands.execute(new RegisterCustomerCommand(body, context));
  }

  @Post(':id/contacts')
  @Roles(...MANAGER)
  @ApiCommand('Record a contact with the customer', MANAGER, ContactedAnswer)
  contact(
    @Param() { id }: CustomerParams,
    @Body() body: ContactCustomerDto,
    @Context() context: RequestContext,
  ): Promise<ContactedAnswer> {
    return this.commands.execute(new ContactCustomerCommand(id, body, context));
  }

  @Post(':id/classifications')
  @Roles(...MANAGER)
  @ApiCommand('Classify the customer (segment, value tier, risk)', MANAGER, AppendedAnswer)
  classify(
    @Param() { id }: CustomerParams,
    @Body() body: ClassifyCustomerDto,
    @Context() context: RequestContext,
  ): Promise<AppendedAnswer> {
    return this.commands.execute(new ClassifyCustomerCommand(id, body, context));
  }

  @Post(':id/surveys')
  @Roles(...MANAGER)
  @ApiCommand("Record the customer's survey response", MANAGER, SurveyedAnswer)
  survey(
    @Param() { id }: CustomerParams,
    @Body() body: SurveyCustomerDto,
    @Context() context: RequestContext,
  ): Promise<SurveyedAnswer> {
    return this.commands.execute(new SurveyCustomerCommand(id, body, context));
  }

  @Post(':id/relationship-end')
  @Roles(...MANAGER)
  @ApiCommand('End the relationship', MANAGER, AppendedAnswer)
  endRelationship(
    @Param() { id }: CustomerParams,
    @Body() body: EndRelationshipDto,
    @Context() context: RequestContext,
  ): Promise<AppendedAnswer> {
    return this.commands.execute(new EndRelationshipCommand(id, body, context));
  }

  @Post(':id/relationship-resume')
  @Roles(...MANAGER)
  @ApiCommand('Resume an ended relationship', MANAGER, AppendedAnswer)
  resumeRelationship(
    @Param() { id }: CustomerParams,
    @Body() body: ResumeRelationshipDto,
    @Context() context: RequestContext,
  ): Promise<AppendedAnswer> {
    return this.commands.execute(new ResumeRelationshipCommand(id, body, context));
  }
}
