import { setTimeout as sleep } from 'node:timers/promises';
import type { EventMetadata } from '@concord/contracts';
import type { CommandMeta, Decider, DomainRules } from '@concord/domain';
import {
  StreamRevisionConflict,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type StoredEvent,
} from '@concord/event-store';
import type { Clock } from '../infrastructure/clock.js';
import type { IdGenerator } from '../infrastructure/id-generator.js';
import type { CommandContext } from './command-context.js';
import type { StreamStates } from './stream-states.js';

export type DomainEvent = Readonly<{ type: string; data: Readonly<Record<string, unknown>> }>;

/** How a stream's events map to and from the domain's. */
export type EventCodec<Event extends DomainEvent> = Readonly<{
  /** The domain event a stored one holds (older schema versions would be upcast here). */
  decode(stored: StoredEvent): Event;
  /** Business time: when it happened, which may lie in the past; `recordedAt` is the clock's. */
  occurredAt(event: Event): string;
  schemaVersion(event: Event): number;
}>;

export type CommandRequest<Command, Answer> = Readonly<{
  context: CommandContext;
  /** Called once per attempt, with a fresh `now`: a retried decision sees the time it is taken at. */
  build(meta: CommandMeta): Command;
  /** The event types this command may produce: stored events of other types mean its key was reused. */
  produces: readonly string[];
  /** The answer, derived from the command's stored events alone so that a retry answers identically. */
  answer(events: readonly StoredEvent[]): Answer;
}>;

export type RetryPolicy = Readonly<{
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Waits before attempt `attempt + 1`. */
  backoff(attempt: number): Promise<void>;
}>;

export type HandleCommandOptions<Event extends DomainEvent, State = unknown> = Readonly<{
  codec: EventCodec<Event>;
  clock: Clock;
  ids: IdGenerator;
  rules: DomainRules;
  retry: RetryPolicy;
  /** Where the stream's state comes from (createStreamStates over the same store and decider). */
  states: StreamStates<State>;
}>;

/** The Idempotency-Key was first used for another command (or another customer): 422. */
export class IdempotencyKeyReused extends Error {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';

  constructor() {
    super('This Idempotency-Key was already used for a different command; send a new key for a new command.');
    this.name = 'IdempotencyKeyReused';
  }
}

/** Full jitter (random 0..base·2^attempt, capped) spreads writers that collided so they do not collide again. */
export const jitteredBackoff = (baseMs: number, capMs: number) => (attempt: number): Promise<void> =>
  sleep(Math.random() * Math.min(capMs, baseMs * 2 ** attempt));

/**
 * Reads the stream, answers a repeated command from its stored events, otherwise folds, decides and appends at the
 * revision it read. On a revision conflict it re-reads and re-decides, up to `retry.maxAttempts` in all, then lets
 * the StreamRevisionConflict through (the client retries). Domain errors pass through untouched.
 */
export const handleCommand = async <Command, Event extends DomainEvent, State, Answer>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  stream: string,
  request: CommandRequest<Command, Answer>,
  options: HandleCommandOptions<Event, State>,
): Promise<Answer> => {
  const { commandId } = request.context;
  for (let attempt = 1; ; attempt += 1) {
    const { state, revision, commandIds } = await options.states.current(stream);
    if (commandIds.has(commandId)) {
      const earlier = (await store.readStream(stream)).filter((event) => event.metadata.commandId === commandId);
      return replay(stream, earlier, request);
    }

    // One reading of the clock per attempt: a defaulted business time then equals recordedAt exactly.
    const now = options.clock.now();
    const command = request.build({ now, actor: request.context.actor, rules: options.rules });
    const events = decider.decide(command, state).map((event) => toNewEvent(event, now, request.context, options));
    const expected: ExpectedRevision = revision === null ? 'no_stream' : { exact: revision };
    try {
      const result = await store.append(stream, events, expected);
      return result.duplicate ? replay(stream, result.events, request) : request.answer(result.events);
    } catch (error) {
      if (!(error instanceof StreamRevisionConflict) || attempt >= options.retry.maxAttempts) throw error;
      await options.retry.backoff(attempt);
    }
  }
};

const replay = <Answer>(
  stream: string,
  stored: readonly StoredEvent[],
  request: CommandRequest<unknown, Answer>,
): Answer => {
  const sameCommand = stored.every((event) => event.stream === stream && request.produces.includes(event.type));
  if (!sameCommand) throw new IdempotencyKeyReused();
  return request.answer(stored);
};

const toNewEvent = <Event extends DomainEvent>(
  event: Event,
  recordedAt: string,
  context: CommandContext,
  { codec, ids }: HandleCommandOptions<Event>,
): NewEvent => {
  const metadata: EventMetadata = {
    eventId: ids.unique(),
    commandId: context.commandId,
    correlationId: context.correlationId,
    causationId: context.commandId,
    actor: context.actor,
    occurredAt: codec.occurredAt(event),
    recordedAt,
    schemaVersion: codec.schemaVersion(event),
  };
  return { type: event.type, data: event.data, metadata };
};
