import { customerStream, type Actor, type CustomerEvent } from '@concord/contracts';
import { customerDecider, DEFAULT_RULES, type Customer, type CustomerCommand } from '@concord/domain';
import {
  createSqliteEventStore,
  StreamRevisionConflict,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type StoredEvent,
  verifyChain,
} from '@concord/event-store';
import { TimeOrderedIdGenerator } from '../infrastructure/id-generator.js';
import { contactedAnswer, registeredAnswer } from './command-answers.js';
import type { CommandContext } from './command-context.js';
import { customerEventCodec } from './customer-event.codec.js';
import { createStreamStates, type StreamStates } from './stream-states.js';
import {
  handleCommand,
  IdempotencyKeyReused,
  type CommandRequest,
  type HandleCommandOptions,
} from './handle-command.js';

const actor: Actor = { id: 'rm-1', role: 'relationship_manager' };
const stream = customerStream('c-1');

/** A store whose next `conflicts` appends lose a race: another writer appends to the stream just before them. */
const racingStore = (store: EventStore, conflicts: { remaining: number }): EventStore => ({
  ...store,
  append: async (target: string, events: readonly NewEvent[], expected: ExpectedRevision) => {
    if (conflicts.remaining > 0) {
      conflicts.remaining -= 1;
      const head = (await store.readStream(target)).at(-1);
      const rivalId = `rival-${conflicts.remaining}`;
      const rival = events.map((event) => ({
        type: 'CustomerContacted',
        data: {
          customerId: 'c-1',
          contactId: rivalId,
          channel: 'phone',
          direction: 'inbound',
          purpose: 'service',
          staffId: 'rm-2',
          occurredAt: event.metadata.occurredAt,
        },
        metadata: { ...event.metadata, eventId: rivalId, commandId: rivalId },
      }));
      await store.append(target, rival, head === undefined ? 'no_stream' : { exact: head.revision });
    }
    return store.append(target, events, expected);
  },
});

describe('handleCommand', () => {
  let store: EventStore;
  let states: StreamStates<Customer>;
  let clockTime: string;
  const ids = new TimeOrderedIdGenerator();
  const backoffs: number[] = [];
  const options = (maxAttempts = 5): HandleCommandOptions<CustomerEvent, Customer> => ({
    codec: customerEventCodec,
    clock: { now: () => clockTime },
    ids,
    rules: DEFAULT_RULES,
    retry: { maxAttempts, backoff: async (attempt) => void backoffs.push(attempt) },
    states,
  });
  const context = (commandId: string): CommandContext => ({ actor, correlationId: 'corr-1', commandId });

  const register = (commandId: string): CommandRequest<CustomerCommand, unknown> => ({
    context: context(commandId),
    build: (meta) => ({
      type: 'RegisterCustomer',
      data: { customerId: 'c-1', kind: 'individual', name: 'Li Wei', relationshipManagerId: 'rm-7', channel: 'branch' },
      meta,
    }),
    produces: ['CustomerRegistered'],
    answer: registeredAnswer,
  });
  const contactData = (contactId: string) => ({
    contactId,
    channel: 'phone',
    direction: 'outbound',
    purpose: 'care',
    staffId: 'rm-1',
    occurredAt: clockTime,
  });
  const contact = (commandId: string, contactId: string): CommandRequest<CustomerCommand, unknown> => ({
    context: context(commandId),
    build: (meta) => ({
      type: 'ContactCustomer',
      data: { customerId: 'c-1', contactId, channel: 'phone', direction: 'outbound', purpose: 'care' },
      meta,
    }),
    produces: ['CustomerContacted'],
    answer: contactedAnswer,
  });

  beforeEach(async () => {
    store = createSqliteEventStore({ file: ':memory:' });
    states = createStreamStates(store, customerDecider, customerEventCodec.decode, 100);
    clockTime = '2026-01-05T09:00:00.000Z';
    backoffs.length = 0;
    await handleCommand(store, customerDecider, stream, register('cmd-register'), options());
  });
  afterEach(() => store.close());

  it('appends the decided events with full metadata at the revision it read', async () => {
    clockTime = '2026-01-06T09:00:00.000Z';
    const answer = await handleCommand(store, customerDecider, stream, contact('cmd-1', 'ct-1'), options());
    expect(answer).toEqual({ customerId: 'c-1', contactId: 'ct-1', revision: 1, position: 2 });
    const [, contacted] = await store.readStream(stream);
    expect(contacted?.metadata).toEqual({
      eventId: expect.any(String),
      commandId: 'cmd-1',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      actor,
      occurredAt: '2026-01-06T09:00:00.000Z',
      recordedAt: '2026-01-06T09:00:00.000Z',
      schemaVersion: 2,
    });
  });

  it('decides against a contact stored as version 1, read as version 2, and leaves it as stored', async () => {
    const [registered] = await store.readStream(stream);
    const v1 = {
      type: 'CustomerContacted',
      data: {
        customerId: 'c-1',
        contactId: 'ct-old',
        channel: 'branch',
        direction: 'inbound',
        purpose: 'service',
        outcome: 'follow_up_needed',
        staffId: 'rm-7',
        occurredAt: '2026-01-05T10:00:00.000Z',
      },
      metadata: { ...(registered as StoredEvent).metadata, eventId: 'e-old', commandId: 'cmd-old', schemaVersion: 1 },
    };
    await store.append(stream, [v1], { exact: 0 });

    const decoded = (await store.readStream(stream)).map((event) => customerEventCodec.decode(event));
    expect(decoded[1]?.data).toMatchObject({ contactId: 'ct-old', outcome: { status: 'follow_up_needed' } });
    // The decider folded it: its contact id is taken.
    await expect(handleCommand(store, customerDecider, stream, contact('cmd-7', 'ct-old'), options())).rejects.toMatchObject({
      code: 'CONTACT.DUPLICATE_ID',
    });
    await handleCommand(store, customerDecider, stream, contact('cmd-8', 'ct-new'), options());

    const history = await store.readStream(stream);
    expect(history.map((event) => [event.type, event.metadata.schemaVersion])).toEqual([
      ['CustomerRegistered', 1],
      ['CustomerContacted', 1],
      ['CustomerContacted', 2],
    ]);
    expect(history[1]?.data).toEqual(v1.data);
    expect(verifyChain(history)).toEqual({ valid: true, checked: 3 });
  });

  it('re-reads and re-decides after a revision conflict', async () => {
    const conflicts = { remaining: 2 };
    const racing = racingStore(store, conflicts);
    const answer = await handleCommand(racing, customerDecider, stream, contact('cmd-2', 'ct-2'), options());
    expect(answer).toMatchObject({ contactId: 'ct-2', revision: 3 });
    expect(backoffs).toEqual([1, 2]);
    expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2, 3]);
  });

  it('gives up after maxAttempts with the StreamRevisionConflict', async () => {
    const conflicts = { remaining: 3 };
    await expect(
      handleCommand(racingStore(store, conflicts), customerDecider, stream, contact('cmd-3', 'ct-3'), options(3)),
    ).rejects.toBeInstanceOf(StreamRevisionConflict);
    expect(backoffs).toEqual([1, 2]);
  });

  it('answers a repeated command from its stored events and appends nothing', async () => {
    const first = await handleCommand(store, customerDecider, stream, contact('cmd-4', 'ct-4'), options());
    await handleCommand(store, customerDecider, stream, contact('cmd-5', 'ct-5'), options());
    const retry = await handleCommand(store, customerDecider, stream, contact('cmd-4', 'ct-other'), options());
    expect(retry).toEqual(first);
    expect(await store.readStream(stream)).toHaveLength(3);
  });

  it('answers a repeated command the decider would refuse (its ids are taken, by itself) from its stored events', async () => {
    const first = await handleCommand(store, customerDecider, stream, contact('cmd-13', 'ct-13'), options());

    const retry = await handleCommand(store, customerDecider, stream, contact('cmd-13', 'ct-13'), options());
    const registration = await handleCommand(store, customerDecider, stream, register('cmd-register'), options());

    expect(retry).toEqual(first);
    expect(registration).toMatchObject({ customerId: 'c-1', revision: 0 });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('refuses a command id first used by another command type', async () => {
    await expect(
      handleCommand(store, customerDecider, stream, contact('cmd-register', 'ct-6'), options()),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });

  it('refuses a command id first used on another stream (the store dedupes across streams)', async () => {
    const elsewhere = customerStream('c-2');
    const onC2: CommandRequest<CustomerCommand, unknown> = {
      ...register('cmd-register'),
      build: (meta) => ({
        type: 'RegisterCustomer',
        data: {
          customerId: 'c-2',
          kind: 'individual',
          name: 'Wang Fang',
          relationshipManagerId: 'rm-7',
          channel: 'branch',
        },
        meta,
      }),
    };
    await expect(handleCommand(store, customerDecider, elsewhere, onC2, options())).rejects.toBeInstanceOf(
      IdempotencyKeyReused,
    );
    expect(await store.readStream(elsewhere)).toEqual([]);
  });

  /** Appends as another process would: straight to the store, unseen by this process's remembered states. */
  const appendElsewhere = async (type: string, data: Record<string, unknown>, commandId: string) => {
    const head = (await store.readStream(stream)).at(-1) as StoredEvent;
    const metadata = { ...head.metadata, eventId: `${commandId}-event`, commandId };
    return store.append(stream, [{ type, data: { customerId: 'c-1', ...data }, metadata }], { exact: head.revision });
  };

  it('decides on the state it remembers without reading the stream', async () => {
    let reads = 0;
    const counting: EventStore = { ...store, readStream: (...args) => ((reads += 1), store.readStream(...args)) };

    const answer = await handleCommand(counting, customerDecider, stream, contact('cmd-9', 'ct-9'), options());

    expect(answer).toMatchObject({ contactId: 'ct-9', revision: 1 });
    expect(reads).toBe(0);
  });

  it('given another process appended since, then the append conflicts once and the command re-reads', async () => {
    await appendElsewhere('CustomerContacted', contactData('ct-elsewhere'), 'cmd-elsewhere');

    const answer = await handleCommand(store, customerDecider, stream, contact('cmd-10', 'ct-10'), options());

    expect(answer).toMatchObject({ contactId: 'ct-10', revision: 2 });
    expect(backoffs).toEqual([1]);
  });

  it('given another process resumed a relationship this process saw end, then the command is not refused', async () => {
    const end: CommandRequest<CustomerCommand, unknown> = {
      context: context('cmd-end'),
      build: (meta) => ({ type: 'EndRelationship', data: { customerId: 'c-1', reason: 'moved abroad' }, meta }),
      produces: ['RelationshipEnded'],
      answer: (events) => events.length,
    };
    await handleCommand(store, customerDecider, stream, end, options());
    await appendElsewhere('RelationshipResumed', { resumedAt: clockTime }, 'cmd-resume');

    const answer = await handleCommand(store, customerDecider, stream, contact('cmd-11', 'ct-11'), options());

    expect(answer).toMatchObject({ contactId: 'ct-11', revision: 3 });
    expect(backoffs).toEqual([]);
  });

  it('given another process stored the same command, then it is answered from there and nothing is appended', async () => {
    await appendElsewhere('CustomerContacted', contactData('ct-12'), 'cmd-12');

    const answer = await handleCommand(store, customerDecider, stream, contact('cmd-12', 'ct-other'), options());

    expect(answer).toMatchObject({ contactId: 'ct-12', revision: 1 });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('lets domain errors through untouched, without retrying', async () => {
    const again = handleCommand(store, customerDecider, stream, register('cmd-again'), options());
    await expect(again).rejects.toMatchObject({ code: 'CUSTOMER.ALREADY_REGISTERED' });
    expect(backoffs).toEqual([]);
  });
});
