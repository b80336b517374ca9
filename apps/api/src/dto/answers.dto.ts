import { ApiProperty } from '@nestjs/swagger';

/** Where the command's last event landed. Every 201 answer carries it. */
export class AppendedAnswer {
  @ApiProperty()
  customerId!: string;

  @ApiProperty({ type: 'integer', description: "The stream revision of the command's last event." })
  revision!: number;

  @ApiProperty({ type: 'integer', description: "The global position of the command's last event." })
  position!: number;
}

export class ContactedAnswer extends AppendedAnswer {
  @ApiProperty()
  contactId!: string;
}

export class ComplainedAnswer extends AppendedAnswer {
  @ApiProperty()
  complaintId!: string;

  @ApiProperty({ format: 'date-time' })
  dueAt!: string;
}

export class DeadlineExtendedAnswer extends ComplainedAnswer {
  @ApiProperty({ enum: [1, 2] })
  extension!: 1 | 2;
}

export class ComplaintResolvedAnswer extends AppendedAnswer {
  @ApiProperty()
  complaintId!: string;

  @ApiProperty({ description: 'Resolved by the due date in force.' })
  withinDeadline!: boolean;
}

export class SurveyedAnswer extends AppendedAnswer {
  @ApiProperty()
  surveyId!: string;
}

export class FieldErrorBody {
  @ApiProperty()
  field!: string;

  @ApiProperty({ type: [String] })
  messages!: string[];
}

export class ErrorBody {
  @ApiProperty({ example: 'CUSTOMER.ALREADY_REGISTERED' })
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiProperty({ type: [FieldErrorBody], required: false, description: 'Only for VALIDATION_FAILED.' })
  errors?: FieldErrorBody[];

  @ApiProperty({ required: false, description: 'Only for INTERNAL: quote it when reporting the problem.' })
  correlationId?: string;

  @ApiProperty({ type: 'integer', required: false, description: 'Only for READ_MODEL.BEHIND: the position reached.' })
  position?: number;

  @ApiProperty({ type: 'integer', required: false, description: 'Only for READ_MODEL.BEHIND: the position asked for.' })
  minPosition?: number;
}
