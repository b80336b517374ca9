import { customerStream, type CustomerEvent, type EventMetadata } from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import { audienceOf, toPublishedEvent } from './published-event.js';

const metadata: EventMetadata = {
  eventId: 'e-1',
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  actor: { id: 'rm-7', role: 'relationship_manager' },
  occurredAt: '2026-01-05T09:00:00.000Z',
  recordedAt: '2026-01-05T09:00:01.000Z',
  schemaVersion: 1,
};

const stored = (event: CustomerEvent, position = 7): StoredEvent => ({
  stream: customerStream(event.data.customerId),
  revision: 0,
  position,
  type: event.type,
  data: event.data,
  metadata,
  hash: 'h'.repeat(64),
  previousHash: null,
});

const registered: CustomerEvent = {
  type: 'CustomerRegistered',
  data: {
    customerId: 'c-1',
    kind: 'individual',
    name: 'Li Wei',
    phone: '+86 138 0000 0000',
    email: 'li.wei@example.com',
    relationshipManagerId: 'rm-7',
    channel: 'branch',
    registeredAt: '2026-01-05T09:00:00.000Z',
  },
};

describe('toPublishedEvent', () => {
  it('given a registration, when published to a service, then names, phones and e-mails are left out', () => {
    const published = toPublishedEvent(stored(registered), { personalData: false });
    expect(published.data).toEqual({
      customerId: 'c-1',
      kind: 'individual',
      relationshipManagerId: 'rm-7',
      channel: 'branch',
      registeredAt: '2026-01-05T09:00:00.000Z',
    });
  });

  it('given a registration, when published to an audience allowed personal data, then every field leaves', () => {
    expect(toPublishedEvent(stored(registered), { personalData: true }).data).toEqual(registered.data);
  });

  it('given any stored event, then it carries its place in the log and the public metadata only', () => {
    const published = toPublishedEvent(stored(registered, 42), { personalData: false });
    expect(published).toMatchObject({
      eventId: 'e-1',
      stream: 'customer-c-1',
      revision: 0,
      position: 42,
      type: 'CustomerRegistered',
    });
    expect(published.metadata).toEqual({
      eventId: 'e-1',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      actor: { id: 'rm-7', role: 'relationship_manager' },
      occurredAt: '2026-01-05T09:00:00.000Z',
      recordedAt: '2026-01-05T09:00:01.000Z',
      schemaVersion: 1,
    });
    expect(Object.keys(published).sort()).toEqual(
      ['data', 'eventId', 'metadata', 'position', 'revision', 'stream', 'type'],
    );
  });

  it('given a stored event of a type outside the contracts, then it refuses to publish it', () => {
    const unknown = { ...stored(registered), type: 'CustomerTeleported' };
    expect(() => toPublishedEvent(unknown, { personalData: true })).toThrow('unknown event type CustomerTeleported');
  });
});

describe('audienceOf', () => {
  it.each([
    ['admin', true],
    ['service', false],
  ] as const)('acting as %s, personal data: %s', (role, personalData) => {
    expect(audienceOf({ id: 'x', role })).toEqual({ personalData });
  });
});
