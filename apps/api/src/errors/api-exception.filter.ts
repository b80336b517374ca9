import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '@concord/domain';
import {
  EventStoreClosed,
  EventStoreUnavailable,
  EventStoreWriterFailed,
  StreamRevisionConflict,
} from '@concord/event-store';
import { InvalidQueryParameter } from '@concord/read-models';
import { Forbidden, NotServedCustomer, Unauthenticated } from '../auth/auth.errors.js';
import { IdempotencyKeyReused } from '../commands/handle-command.js';
import { routeOf, type ConcordRequest } from '../http/concord-request.js';
import { CustomerNotScored } from '../queries/churn-risk.handlers.js';
import { CustomerNotFound } from '../queries/customer-history.reader.js';
import { ReadModelBehind, ReadModelFailed, ReadModelNotReady } from '../queries/read-model.errors.js';
import { RequestValidationFailed, type FieldError } from './request-validation.error.js';

export type ErrorAnswer = Readonly<{
  code: string;
  message: string;
  errors?: readonly FieldError[];
  correlationId?: string;
  /** READ_MODEL.BEHIND: the position the read models have reached, and the one asked for. */
  position?: number;
  minPosition?: number;
  /** READ_MODEL.FAILED: the read model, and where its projection stopped. */
  projection?: string;
  failure?: Readonly<{ position: number; eventType: string; failedAt: string }>;
}>;

type Answer = Readonly<{ status: number; body: ErrorAnswer; headers?: Readonly<Record<string, string>> }>;

const answer = (status: number, code: string, message: string, headers?: Record<string, string>): Answer => ({
  status,
  body: { code, message },
  ...(headers === undefined ? {} : { headers }),
});

const invalid = (errors: readonly FieldError[], message?: string): Answer => {
  const failure = new RequestValidationFailed(errors, message);
  return { status: HttpStatus.BAD_REQUEST, body: { code: failure.code, message: failure.message, errors } };
};

/** Fastify's own request errors, by code; their messages can quote the body, so fixed wording is used instead. */
const fastifyAnswer = (code: string | undefined, status: number): Answer | undefined => {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return answer(HttpStatus.PAYLOAD_TOO_LARGE, 'REQUEST.TOO_LARGE', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return invalid([{ field: 'Content-Type', messages: ['Content-Type must be application/json'] }]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalid([{ field: 'body', messages: ['body must be a JSON object, not empty'] }]);
    default:
      return status === HttpStatus.BAD_REQUEST
        ? invalid([{ field: 'body', messages: ['body must be well-formed JSON'] }])
        : undefined;
  }
};

const codeOf = (value: unknown): string | undefined => {
  const code = (value as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

const fromHttpException = (exception: HttpException): Answer => {
  const status = exception.getStatus();
  const fastify = fastifyAnswer(codeOf(exception.cause), status);
  if (fastify) return fastify;
  if (status === HttpStatus.NOT_FOUND) return answer(status, 'ROUTE.NOT_FOUND', exception.message);
  return answer(status, `HTTP.${status}`, exception.message);
};

/** Read models catch up within moments of a write; a client retrying after a second usually succeeds. */
const RETRY = { 'Retry-After': '1' };

const conflictMessage =
  "The customer's history kept changing while the command was decided; " +
  'retry the request (with the same Idempotency-Key).';

/** Every error the API answers, in one place; undefined means an unexpected error (500). */
export const toErrorAnswer = (exception: unknown): Answer | undefined => {
  if (exception instanceof RequestValidationFailed) return invalid(exception.errors, exception.message);
  if (exception instanceof DomainError) {
    const status = exception.kind === 'conflict' ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    return answer(status, exception.code, exception.message);
  }
  if (exception instanceof StreamRevisionConflict) {
    return answer(HttpStatus.CONFLICT, exception.code, conflictMessage, { 'Retry-After': '1' });
  }
  if (exception instanceof IdempotencyKeyReused) {
    return answer(HttpStatus.UNPROCESSABLE_ENTITY, exception.code, exception.message);
  }
  if (exception instanceof InvalidQueryParameter) {
    return invalid([{ field: exception.parameter, messages: [exception.reason] }]);
  }
  if (exception instanceof CustomerNotFound || exception instanceof CustomerNotScored) {
    return answer(HttpStatus.NOT_FOUND, exception.code, exception.message);
  }
  if (exception instanceof ReadModelBehind) {
    const { code, message, position, minPosition } = exception;
    return { status: HttpStatus.SERVICE_UNAVAILABLE, body: { code, message, position, minPosition }, headers: RETRY };
  }
  if (exception instanceof ReadModelFailed) {
    const { code, message, projection, failure } = exception;
    return { status: HttpStatus.SERVICE_UNAVAILABLE, body: { code, message, projection, failure } };
  }
  if (exception instanceof ReadModelNotReady) {
    return answer(HttpStatus.SERVICE_UNAVAILABLE, exception.code, exception.message, RETRY);
  }
  if (exception instanceof Unauthenticated) {
    const challenge = exception.bearerError === undefined ? 'Bearer' : `Bearer error="${exception.bearerError}"`;
    return answer(HttpStatus.UNAUTHORIZED, exception.code, exception.message, { 'WWW-Authenticate': challenge });
  }
  if (exception instanceof Forbidden || exception instanceof NotServedCustomer) {
    return answer(HttpStatus.FORBIDDEN, exception.code, exception.message);
  }
  if (exception instanceof EventStoreClosed) {
    const message = 'The service is shutting down; retry shortly.';
    return answer(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE.UNAVAILABLE', message);
  }
  if (exception instanceof EventStoreWriterFailed) {
    // The process must be restarted; until then the client should retry with the same Idempotency-Key.
    const message = 'Commands cannot be stored right now; retry shortly with the same Idempotency-Key.';
    return answer(HttpStatus.SERVICE_UNAVAILABLE, exception.code, message);
  }
  if (exception instanceof EventStoreUnavailable) {
    // The store's own message names EVENTSTORE_URL and what to check: for the operator's log, not the client.
    const message = 'The event store does not answer; retry shortly (with the same Idempotency-Key for a command).';
    return answer(HttpStatus.SERVICE_UNAVAILABLE, exception.code, message, RETRY);
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) return fromHttpException(exception);
  return undefined;
};

/**
 * The one exception filter. Unexpected errors answer 500 `INTERNAL` with the correlation id and are logged with it;
 * logs carry the route and the error, never headers (tokens) or bodies (personal data).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost;
    const request = host.switchToHttp().getRequest<ConcordRequest>();
    const response = host.switchToHttp().getResponse<object>();
    const known = toErrorAnswer(exception);
    if (exception instanceof EventStoreUnavailable) {
      this.logger.warn(`${routeOf(request)} [correlationId=${request.id}]: ${exception.message}`);
    }
    const { status, body, headers } = known ?? this.unexpected(exception, request);
    for (const [name, value] of Object.entries(headers ?? {})) httpAdapter.setHeader(response, name, value);
    httpAdapter.reply(response, body, status);
  }

  private unexpected(exception: unknown, request: ConcordRequest): Answer {
    const error = exception instanceof Error ? exception : new Error(`Non-error thrown: ${typeof exception}`);
    this.logger.error(
      `Unexpected ${error.name} on ${routeOf(request)} [correlationId=${request.id}]: ${error.message}`,
      error.stack,
    );
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: {
        code: 'INTERNAL',
        message: 'An unexpected error occurred; it has been logged. Quote the correlation id when reporting it.',
        correlationId: request.id,
      },
    };
  }
}
