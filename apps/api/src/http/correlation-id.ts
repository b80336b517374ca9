import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** Visible, header-safe and short: the id is echoed back and written to logs. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's `genReqId`: the caller's X-Correlation-Id when it is acceptable, otherwise a new UUID, so every
 * request, log line and event of one call shares an id. An unacceptable id is replaced, not refused: tracing
 * must never fail a business request.
 */
export const correlationIdOf = (request: IncomingMessage): string => {
  const given = request.headers[CORRELATION_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
};
