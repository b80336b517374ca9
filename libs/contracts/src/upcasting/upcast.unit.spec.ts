import { SCHEMA_VERSIONS } from '../customer.events.js';
import type { CustomerContactedV1Data } from './customer-contacted.v1.js';
import { UnreadableEvent, upcast } from './upcast.js';

describe('upcast', () => {
  const v1: CustomerContactedV1Data = Object.freeze({
    customerId: 'c-1',
    contactId: 'contact-1',
    channel: 'phone',
    direction: 'outbound',
    purpose: 'follow_up',
    outcome: 'follow_up_needed',
    summary: 'wants to discuss the mortgage rate',
    staffId: 'rm-7',
    occurredAt: '2026-01-08T10:30:00.000Z',
  });

  it('reads a version 1 contact as version 2: the outcome becomes its status, and nothing is invented', () => {
    expect(upcast('CustomerContacted', 1, v1)).toEqual({
      type: 'CustomerContacted',
      data: { ...v1, outcome: { status: 'follow_up_needed' } },
    });
  });

  it.each(['reached', 'not_reached'] as const)('keeps a version 1 outcome %s as the status alone', (outcome) => {
    expect(upcast('CustomerContacted', 1, { ...v1, outcome }).data).toMatchObject({ outcome: { status: outcome } });
  });

  it('leaves a version 1 contact without an outcome without one', () => {
    const { outcome: _none, ...withoutOutcome } = v1;
    expect(upcast('CustomerContacted', 1, withoutOutcome).data).toEqual(withoutOutcome);
  });

  it('returns the current version as stored', () => {
    const v2 = { ...v1, outcome: { status: 'not_reached', reason: 'no_answer' } };
    expect(upcast('CustomerContacted', 2, v2)).toEqual({ type: 'CustomerContacted', data: v2 });
    const ended = { customerId: 'c-1', reason: 'moved abroad', endedAt: '2026-03-20T12:00:00.000Z' };
    expect(upcast('RelationshipEnded', 1, ended)).toEqual({ type: 'RelationshipEnded', data: ended });
  });

  it('leaves the stored data as it is', () => {
    upcast('CustomerContacted', 1, v1);
    expect(v1.outcome).toBe('follow_up_needed');
  });

  it('refuses an unknown type, and versions this build does not know', () => {
    expect(() => upcast('CustomerTeleported', 1, {})).toThrow(
      new UnreadableEvent('CustomerTeleported', 1, 'the event type is unknown'),
    );
    const next = SCHEMA_VERSIONS.CustomerContacted + 1;
    expect(() => upcast('CustomerContacted', next, v1)).toThrow(`Cannot read CustomerContacted v${next}`);
    expect(() => upcast('CustomerContacted', 0, v1)).toThrow('this build reads versions 1 to 2');
    expect(() => upcast('CustomerRegistered', 1.5, {})).toThrow(UnreadableEvent);
  });
});
