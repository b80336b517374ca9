import { applyDecorators } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { plainToInstance, Transform } from 'class-transformer';
import { ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import {
  CONTACT_OUTCOME_STATUSES,
  NOT_REACHED_REASONS,
  type ContactOutcomeStatus,
  type NotReachedReason,
} from '@concord/contracts';
import { OneOf, TimeField } from './field.decorators.js';

/** Refuses the member unless the outcome's status is `status`: each status has its own members. */
const OnlyWithStatus = (status: ContactOutcomeStatus): PropertyDecorator =>
  ValidateBy({
    name: 'onlyWithStatus',
    validator: {
      validate: (_value: unknown, args) => (args?.object as ContactOutcomeDto | undefined)?.status === status,
      defaultMessage: () => `$property is only for an outcome whose status is ${status}`,
    },
  });

/** What came of a contact (CustomerContacted version 2). */
export class ContactOutcomeDto {
  @OneOf(CONTACT_OUTCOME_STATUSES)
  status!: ContactOutcomeStatus;

  @OnlyWithStatus('not_reached')
  @OneOf(NOT_REACHED_REASONS, { optional: true, description: 'Why the customer was not reached; not_reached only.' })
  reason?: NotReachedReason;

  @OnlyWithStatus('follow_up_needed')
  @TimeField({
    optional: true,
    requiredWhen: (outcome) => (outcome as ContactOutcomeDto).status === 'follow_up_needed',
    description: 'When the follow-up is due, after the contact: required with follow_up_needed, refused otherwise.',
  })
  followUpBy?: string;
}

/**
 * `outcome` as an object, or (as before version 2) its status alone: a plain status is read as `{ status }`, so
 * clients written for it keep working except for `follow_up_needed`, which now needs its `followUpBy`.
 */
export const ContactOutcomeField = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    // Anything but a status or an object becomes null, which ValidateNested refuses with its message: an array
    // would otherwise be validated element by element.
    Transform(({ value }: { value: unknown }) => {
      if (typeof value === 'string') return plainToInstance(ContactOutcomeDto, { status: value });
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      return isObject ? plainToInstance(ContactOutcomeDto, value) : null;
    }),
    ValidateNested({ message: '$property must be an object with a status, or a status' }),
    ApiProperty({
      required: false,
      oneOf: [
        { $ref: getSchemaPath(ContactOutcomeDto) },
        {
          type: 'string',
          enum: [...CONTACT_OUTCOME_STATUSES],
          deprecated: true,
          description: 'The status alone, as before; read as { status }.',
        },
      ],
    }),
  );
