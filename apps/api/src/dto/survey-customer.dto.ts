import { ApiProperty } from '@nestjs/swagger';
import { IsInt, registerDecorator, type ValidationArguments } from 'class-validator';
import { CHANNELS, SURVEY_KINDS, type Channel, type SurveyKind } from '@concord/contracts';
import { SURVEY_SCALES } from '@concord/domain';
import { IdField, OneOf, TextField, TimeField } from './field.decorators.js';

/**
 * The domain's scales (CSAT 1–5, NPS 0–10), checked here too: a range that depends on the body alone is a 400,
 * like every other malformed field; the decider's own check (422) stays as the domain's guarantee.
 */
const scaleOf = (dto: object): Readonly<{ min: number; max: number }> | undefined => {
  const kind: unknown = (dto as Partial<SurveyCustomerDto>).kind;
  return (SURVEY_KINDS as readonly unknown[]).includes(kind) ? SURVEY_SCALES[kind as SurveyKind] : undefined;
};

const ScoreInRangeOfKind = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'scoreInRangeOfKind',
    target: target.constructor,
    propertyName: String(propertyName),
    validator: {
      validate: (score: unknown, { object }: ValidationArguments) => {
        const scale = scaleOf(object);
        // An unknown kind is reported on `kind`; there is no scale to check the score against.
        return scale === undefined || (typeof score === 'number' && score >= scale.min && score <= scale.max);
      },
      defaultMessage: ({ object }: ValidationArguments) => {
        const { min, max } = scaleOf(object) ?? { min: 0, max: 0 };
        return `score must be from ${min} to ${max} for a ${(object as SurveyCustomerDto).kind} survey`;
      },
    },
  });

export class SurveyCustomerDto {
  @IdField({ optional: true, description: 'Generated when omitted.' })
  surveyId?: string;

  @OneOf(SURVEY_KINDS)
  kind!: SurveyKind;

  @IsInt()
  @ScoreInRangeOfKind()
  @ApiProperty({ type: 'integer', description: 'csat: 1–5; nps: 0–10.', example: 4 })
  score!: number;

  @TextField(2000, { optional: true })
  comment?: string;

  @OneOf(CHANNELS)
  channel!: Channel;

  @IdField({ optional: true })
  relatedComplaintId?: string;

  @IdField({ optional: true })
  relatedContactId?: string;

  @TimeField({ optional: true, description: 'Defaults to now.' })
  respondedAt?: string;
}
