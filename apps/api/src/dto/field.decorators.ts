import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsISO8601,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { isIsoTime } from '@concord/domain';

/**
 * Property decorators that validate (class-validator) and document (OpenAPI) a field in one place.
 * Optional means absent: an explicit `null` is refused rather than stored as null in an event.
 */
type FieldOptions = Readonly<{
  optional?: boolean;
  /** For an optional field: when it is required after all, given the rest of the object. */
  requiredWhen?: (object: object) => boolean;
  description?: string;
  example?: unknown;
}>;

/** Ids of customers, staff, contacts, complaints, surveys: safe in stream names, URLs and logs. */
export const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const IDENTIFIER_RULE = 'must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit';

const NOT_BLANK = /\S/;

const documented = (options: FieldOptions, schema: ApiPropertyOptions): PropertyDecorator =>
  ApiProperty({
    required: options.optional !== true,
    ...(options.description === undefined ? {} : { description: options.description }),
    ...(options.example === undefined ? {} : { example: options.example }),
    ...schema,
  } as ApiPropertyOptions);

const presence = (options: FieldOptions): PropertyDecorator[] =>
  options.optional === true
    ? [ValidateIf((object: object, value: unknown) => value !== undefined || options.requiredWhen?.(object) === true)]
    : [];

export const IdField = (options: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(
    ...presence(options),
    IsString(),
    Matches(IDENTIFIER, { message: `$property ${IDENTIFIER_RULE}` }),
    documented(options, { type: String, pattern: IDENTIFIER.source, maxLength: 64 }),
  );

export const TextField = (maxLength: number, options: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(
    ...presence(options),
    IsString(),
    Matches(NOT_BLANK, { message: '$property must not be blank' }),
    MaxLength(maxLength),
    documented(options, { type: String, minLength: 1, maxLength }),
  );

export const OneOf = (values: readonly string[], options: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(
    ...presence(options),
    IsIn(values, { message: `$property must be one of: ${values.join(', ')}` }),
    documented(options, { type: String, enum: [...values] }),
  );

export const TimeField = (options: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(
    ...presence(options),
    IsString(),
    IsISO8601({ strict: true }),
    // The domain's own test of an instant (seconds and a zone required), so a time it would refuse is a 400 here.
    ValidateBy({
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => isIsoTime(value),
        defaultMessage: () =>
          '$property must be an ISO-8601 instant with seconds and a time zone, e.g. 2026-01-05T09:00:00Z',
      },
    }),
    documented(options, { type: String, format: 'date-time', example: '2026-01-05T09:00:00.000Z' }),
  );

export const EmailField = (options: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(
    ...presence(options),
    IsString(),
    MaxLength(254),
    IsEmail(),
    documented(options, { type: String, format: 'email', maxLength: 254 }),
  );

export const PhoneField = (options: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(
    ...presence(options),
    IsString(),
    Matches(/^\+?[0-9][0-9 ()-]{2,31}$/, {
      message: '$property must be a phone number: digits, spaces, "(", ")" and "-", optionally after a "+"',
    }),
    documented(options, { type: String, maxLength: 33, example: '+86 138 0000 0000' }),
  );

export const IdListField = (maxItems: number, options: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(
    ...presence(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsString({ each: true }),
    Matches(IDENTIFIER, { each: true, message: `each value in $property ${IDENTIFIER_RULE}` }),
    documented(options, { type: [String], maxItems }),
  );
