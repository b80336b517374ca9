import type { ValidationError } from '@nestjs/common';

export type FieldError = Readonly<{ field: string; messages: readonly string[] }>;

/** The request (body, path, query or a header) is malformed: answered 400 `VALIDATION_FAILED`. */
export class RequestValidationFailed extends Error {
  readonly code = 'VALIDATION_FAILED';

  constructor(
    readonly errors: readonly FieldError[],
    message = 'The request is invalid; correct the fields listed in errors.',
  ) {
    super(message);
    this.name = 'RequestValidationFailed';
  }
}

/** class-validator's error tree as a flat list; nested fields are dotted paths (`staffInvolved.0`). */
export const toFieldErrors = (errors: readonly ValidationError[], parent = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
