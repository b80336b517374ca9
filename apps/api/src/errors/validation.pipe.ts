import { Injectable, ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import { plainToInstance, type ClassTransformOptions } from 'class-transformer';
import { validate, type ValidatorOptions } from 'class-validator';
import { RequestValidationFailed, toFieldErrors } from './request-validation.error.js';
import { memoizeValidationMetadata } from './validation-metadata.memo.js';

const TRANSFORM_OPTIONS: ClassTransformOptions = { enableImplicitConversion: false };

const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

/** Types ValidationPipe leaves unvalidated: a body of one of these is no DTO. */
const NOT_DTOS: readonly unknown[] = [String, Boolean, Number, Array, Object, Buffer, Date];

/**
 * Strict DTO validation: unknown fields are refused (not silently dropped), no implicit type conversion, and the
 * offending values are never echoed back (they may be personal data). A body must be a JSON object: an array,
 * a string or `null` is refused as such instead of as a list of missing fields.
 *
 * A JSON object body goes straight to class-transformer and class-validator. ValidationPipe's own steps for it
 * (closing array gaps, stripping prototype keys, standing in for binary values) have nothing to do on what
 * Fastify's JSON parser produces: it has no sparse arrays or binary values, and refuses `__proto__` and
 * `constructor.prototype` keys. Those steps walked every body and cost a twentieth of a command's work. Route
 * parameters go the same way: their keys are the route's own names, never the request's, and their values strings.
 * Queries and headers, whose keys the request chooses, still go through ValidationPipe. Each DTO's rules are looked
 * up once (memoizeValidationMetadata).
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      ...VALIDATOR_OPTIONS,
      transform: true,
      transformOptions: TRANSFORM_OPTIONS,
      exceptionFactory: (errors) => new RequestValidationFailed(toFieldErrors(errors)),
    });
    memoizeValidationMetadata();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined) {
      if (!isObject(value)) {
        throw new RequestValidationFailed([{ field: 'body', messages: ['body must be a JSON object'] }]);
      }
      return this.validated(value, metadata);
    }
    if (metadata.type === 'param' && isObject(value)) return this.validated(value, metadata);
    return super.transform(value, metadata);
  }

  private async validated(value: object, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (metatype === undefined || NOT_DTOS.includes(metatype)) return super.transform(value, metadata);
    const dto = plainToInstance(metatype as Type<object>, value, TRANSFORM_OPTIONS);
    const errors = await validate(dto, VALIDATOR_OPTIONS);
    if (errors.length > 0) throw new RequestValidationFailed(toFieldErrors(errors));
    return dto;
  }
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
