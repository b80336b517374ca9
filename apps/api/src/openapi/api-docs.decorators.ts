import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import { ErrorBody } from '../dto/answers.dto.js';
import { IDEMPOTENCY_KEY_HEADER } from '../http/request-context.decorator.js';

const rolesNote = (roles: readonly Role[]): string => `Roles: ${[...roles, 'admin'].join(', ')}.`;

/** OpenAPI for an authenticated route: bearer auth and the error answers every such route can give. */
export const ApiSecured = (summary: string, roles: readonly Role[]): MethodDecorator =>
  applyDecorators(
    ApiOperation({ summary, description: rolesNote(roles) }),
    ApiBearerAuth(),
    ApiBadRequestResponse({ type: ErrorBody, description: 'VALIDATION_FAILED' }),
    ApiUnauthorizedResponse({ type: ErrorBody, description: 'AUTH.UNAUTHENTICATED' }),
    ApiForbiddenResponse({ type: ErrorBody, description: 'AUTH.FORBIDDEN' }),
  );

/** OpenAPI for a command route: its 201 answer, the Idempotency-Key header and domain rejections. */
export const ApiCommand = (summary: string, roles: readonly Role[], answer: Type<unknown>): MethodDecorator =>
  applyDecorators(
    ApiSecured(summary, roles),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description: 'Retrying with the same key returns the first answer and appends nothing (1–128 visible chars).',
    }),
    ApiCreatedResponse({ type: answer }),
    ApiConflictResponse({ type: ErrorBody, description: 'The customer is not in a state that allows it.' }),
    ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'A domain rule refuses it.' }),
  );

/**
 * OpenAPI for a read-model query: its 200 answer and the 503s of read-your-writes (`?minPosition=`) and of a read
 * model still being built.
 */
export const ApiRead = (summary: string, roles: readonly Role[], answer: Type<unknown>): MethodDecorator =>
  applyDecorators(
    ApiSecured(summary, roles),
    ApiOkResponse({ type: answer }),
    ApiServiceUnavailableResponse({
      type: ErrorBody,
      description:
        'READ_MODEL.BEHIND (with position and minPosition: the read model has not applied minPosition within 2 s) ' +
        'or READ_MODEL.NOT_READY (the read model is being built): retry after Retry-After seconds. ' +
        'READ_MODEL.FAILED (with projection and failure: its projection stopped on an event; no Retry-After).',
    }),
  );
