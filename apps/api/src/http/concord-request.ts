import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '@concord/contracts';
import type { VerifiedPrincipal } from '@concord/auth';

/** What the auth guard establishes for a request it lets through. */
export type Authentication = Readonly<{
  principal: VerifiedPrincipal;
  /** The token's subject acting in the role that authorised the route. */
  actor: Actor;
}>;

/**
 * The parts of the (Fastify) request this app reads. Typed here rather than importing Fastify's types, so the
 * code depends on what it uses; `id` is the correlation id (see correlation-id.ts).
 */
export type ConcordRequest = {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly routeOptions?: { readonly url?: string };
  authentication?: Authentication;
};

/**
 * What the auth guard established for the request.
 * @throws Error on a route the guard let through without a token (`@Public`): a programming error, hence a 500.
 */
export const authenticationOf = (request: ConcordRequest): Authentication => {
  if (!request.authentication) throw new Error(`${routeOf(request)} reads the caller, but the route is public.`);
  return request.authentication;
};

/** A single header value; a repeated header counts as absent, since which copy wins is ambiguous. */
export const singleHeader = (request: ConcordRequest, name: string): string | undefined => {
  const value = request.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
};

/** The route template the request matched, e.g. `/v1/customers/:id/history`. */
export const routeOf = (request: ConcordRequest): string =>
  `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`;
