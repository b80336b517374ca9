import { SetMetadata } from '@nestjs/common';
import type { Role } from '@concord/contracts';

export const IS_PUBLIC = 'concord:public';
export const ROLES = 'concord:roles';

/** Reachable without a token. Only `/health` (and the OpenAPI routes, which live outside Nest's router). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * The roles that may call a route; admin passes every check and need not be listed. A route with neither
 * `@Roles` nor `@Public` is refused to everyone (fail closed). When a token holds several allowed roles, the
 * actor acts in the first of these that it holds, so list the most specific role first.
 */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);
