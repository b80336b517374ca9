import { Injectable, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { RequestValidationFailed, toFieldErrors } from './request-validation.error.js';

/**
 * Strict DTO validation: unknown fields are refused (not silently dropped), no implicit type conversion, and the
 * offending values are never echoed back (they may be personal data). A body must be a JSON object: an array,
 * a string or `null` is refused as such instead of as a list of missing fields.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new RequestValidationFailed(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const absent = value === undefined;
    if (metadata.type === 'body' && !absent && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new RequestValidationFailed([{ field: 'body', messages: ['body must be a JSON object'] }]);
    }
    return super.transform(value, metadata);
  }
}
