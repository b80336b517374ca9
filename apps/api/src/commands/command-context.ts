import type { IdGenerator } from '../infrastructure/id-generator.js';
import type { RequestContext } from '../http/request-context.decorator.js';

/** A request turned into a command: it now has the id every event it causes carries. */
export type CommandContext = RequestContext & Readonly<{ commandId: string }>;

/**
 * With an Idempotency-Key the command id is derived from the token's subject and the key, so a retry carries the
 * same id (and one caller's key can never collide with another's); without one, it is random.
 */
export const toCommandContext = (request: RequestContext, ids: IdGenerator): CommandContext => ({
  ...request,
  commandId:
    request.idempotencyKey === undefined
      ? ids.unique()
      : ids.derive('concord.command', request.actor.id, request.idempotencyKey),
});

/**
 * An id the client left out (customerId, contactId, …). For an idempotent command it is derived from the command
 * id, so a retry names the same customer and lands in the same stream, where the first answer is found.
 */
export const generatedId = (context: CommandContext, ids: IdGenerator, field: string): string =>
  context.idempotencyKey === undefined ? ids.unique() : ids.derive('concord.generated-id', context.commandId, field);
