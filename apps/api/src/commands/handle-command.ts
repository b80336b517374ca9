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
import type { StreamState, StreamStates } from './stream-states.js';

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
  /** Called once per decision, with a fresh `now`: a retried decision sees the time it is taken at. */
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
 * Decides on the customer's state as this process last saw it, without reading the store, and appends at that
 * state's revision: when another process appended since, the append conflicts and the command re-reads. A
 * rejection decided on a remembered state is confirmed on the stored one before it is answered, since what another
 * process appended may change the decision. A repeated command is answered from its stored events: the store
 * recognises its command id on append, and a repeat the decider refuses (its ids are taken, by itself) is looked up
 * in the stream. On a revision conflict the command re-reads and re-decides, up to `retry.maxAttempts` in all, then
 * lets the StreamRevisionConflict through (the client retries). Domain errors pass through untouched.
 */
export const handleCommand = async <Command, Event extends DomainEvent, State, Answer>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  stream: string,
  request: CommandRequest<Command, Answer>,
  options: HandleCommandOptions<Event, State>,
): Promise<Answer> => {
  const remembered = options.states.remembered(stream);
  for (let attempt = 1; ; attempt += 1) {
    let decision: Decision<State> | undefined;
    if (attempt === 1 && remembered !== undefined) {
      try {
        decision = decideOn(remembered, decider, request, options);
      } catch {
        // Confirmed below on the stored state, which may differ from the remembered one.
      }
    }
    if (decision === undefined) {
      const current = await options.states.read(stream);
      try {
        decision = decideOn(current, decider, request, options);
      } catch (rejection) {
        const { commandId } = request.context;
        const earlier = (await store.readStream(stream)).filter((event) => event.metadata.commandId === commandId);
        if (earlier.length > 0) return replay(stream, earlier, request);
        throw rejection;
      }
    }

    const { current, events } = decision;
    const expected: ExpectedRevision = current.revision === null ? 'no_stream' : { exact: current.revision };
    try {
      const result = await store.append(stream, events, expected);
      if (result.duplicate) return replay(stream, result.events, request);
      options.states.appended(stream, current, result.events);
      return request.answer(result.events);
    } catch (error) {
      if (!(error instanceof StreamRevisionConflict) || attempt >= options.retry.maxAttempts) throw error;
      await options.retry.backoff(attempt);
    }
  }
};

/** The events to append on `current`. */
type Decision<State> = Readonly<{ current: StreamState<State>; events: readonly NewEvent[] }>;

const decideOn = <Command, Event extends DomainEvent, State>(
  current: StreamState<State>,
  decider: Decider<Command, Event, State>,
  request: CommandRequest<Command, unknown>,
  options: HandleCommandOptions<Event, State>,
): Decision<State> => {
  // One reading of the clock per decision: a defaulted business time then equals recordedAt exactly.
  const now = options.clock.now();
  const command = request.build({ now, actor: request.context.actor, rules: options.rules });
  const events = decider.decide(command, current.state).map((event) => toNewEvent(event, now, request.context, options));
  return { current, events };
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
