import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@concord/contracts';
import { RequestValidationFailed } from '../errors/request-validation.error.js';
import { authenticationOf, routeOf, singleHeader, type ConcordRequest } from './concord-request.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Printable ASCII without spaces, as header values travel safely; long enough for a UUID or a business key. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

/** Who is asking, how to trace it, and whether it is a retry-safe call. */
export type RequestContext = Readonly<{
  actor: Actor;
  correlationId: string;
  idempotencyKey?: string;
}>;

export const requestContextOf = (request: ConcordRequest): RequestContext => {
  const idempotencyKey = idempotencyKeyOf(request);
  return {
    actor: authenticationOf(request).actor,
    correlationId: request.id,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  };
};

const idempotencyKeyOf = (request: ConcordRequest): string | undefined => {
  const raw = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (raw === undefined) return undefined;
  const value = singleHeader(request, IDEMPOTENCY_KEY_HEADER);
  if (value !== undefined && IDEMPOTENCY_KEY.test(value)) return value;
  throw new RequestValidationFailed([
    {
      field: IDEMPOTENCY_KEY_HEADER,
      messages: [`${IDEMPOTENCY_KEY_HEADER} must be one header of 1 to 128 visible ASCII characters`],
    },
  ]);
};

/** The authenticated actor, the correlation id and the validated Idempotency-Key of the request. */
export const Context = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext =>
  requestContextOf(context.switchToHttp().getRequest<ConcordRequest>()),
);

/** Who reads, for the audit log: the actor, the correlation id and the route template. */
export type ReaderContext = Readonly<{ actor: Actor; correlationId: string; route: string }>;

export const Reader = createParamDecorator((_: unknown, context: ExecutionContext): ReaderContext => {
  const request = context.switchToHttp().getRequest<ConcordRequest>();
  return { actor: authenticationOf(request).actor, correlationId: request.id, route: routeOf(request) };
});
