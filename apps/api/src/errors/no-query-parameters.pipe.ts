import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestValidationFailed } from './request-validation.error.js';

/**
 * For a route that takes no query parameters: any given is refused as an unknown field, as the DTO routes refuse
 * theirs, so a misspelt parameter is never silently ignored.
 */
@Injectable()
export class NoQueryParameters implements PipeTransform<Readonly<Record<string, unknown>>, Record<string, never>> {
  transform(query: Readonly<Record<string, unknown>>): Record<string, never> {
    const names = Object.keys(query ?? {});
    if (names.length === 0) return {};
    throw new RequestValidationFailed(
      names.map((name) => ({ field: name, messages: [`property ${name} should not exist`] })),
    );
  }
}
