import { Inject, Injectable } from '@nestjs/common';
import { customerStream } from '@concord/contracts';
import { customerDecider, type CustomerCommand, type Customer, type DomainRules } from '@concord/domain';
import { createKeyedLock, type EventStore } from '@concord/event-store';
import { DOMAIN_RULES } from '../config/nest-config.js';
import type { RequestContext } from '../http/request-context.decorator.js';
import { Clock } from '../infrastructure/clock.js';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';
import { IdGenerator } from '../infrastructure/id-generator.js';
import { generatedId, toCommandContext, type CommandContext } from './command-context.js';
import { customerEventCodec } from './customer-event.codec.js';
import { handleCommand, type CommandRequest, type RetryPolicy } from './handle-command.js';
import { createStreamStates, type StreamStates } from './stream-states.js';

/**
 * Customers whose state is kept between commands: a state is a few kilobytes at most, and beyond these a command
 * reads and folds its customer's whole history once.
 */
const CACHED_STREAM_STATES = 50_000;

/** DI token of the RetryPolicy applied on stream revision conflicts. */
export const RETRY_POLICY = Symbol('RETRY_POLICY');

/** What every customer command handler needs, bundled so each handler stays a mapping from request to command. */
@Injectable()
export class CustomerCommandRunner {
  /**
   * One customer's commands run one at a time in this process: concurrent ones would read the same revision, and
   * all but one would conflict and retry, which under load could exhaust the retries. Conflicts remain possible
   * between processes, where the retry policy handles them; different customers still run concurrently.
   */
  private readonly perCustomer = createKeyedLock();

  private readonly states: StreamStates<Customer>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Inject(DOMAIN_RULES) private readonly rules: DomainRules,
    @Inject(RETRY_POLICY) private readonly retry: RetryPolicy,
  ) {
    this.states = createStreamStates(store, customerDecider, customerEventCodec.decode, CACHED_STREAM_STATES);
  }

  context(request: RequestContext): CommandContext {
    return toCommandContext(request, this.ids);
  }

  /** The client's id when given, otherwise a generated one (stable across retries of an idempotent command). */
  idFor(given: string | undefined, context: CommandContext, field: string): string {
    return given ?? generatedId(context, this.ids, field);
  }

  run<Answer>(customerId: string, request: CommandRequest<CustomerCommand, Answer>): Promise<Answer> {
    return this.perCustomer.run(customerId, () =>
      handleCommand(this.store, customerDecider, customerStream(customerId), request, {
        codec: customerEventCodec,
        clock: this.clock,
        ids: this.ids,
        rules: this.rules,
        retry: this.retry,
        states: this.states,
      }),
    );
  }
}
