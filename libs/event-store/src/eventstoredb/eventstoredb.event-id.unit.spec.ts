import { eventIdOf } from './eventstoredb.event-id.js';

describe('eventIdOf', () => {
  it('gives a retried command the same ids, event by event', () => {
    expect(eventIdOf('customer-1', 'cmd-1', 0)).toBe(eventIdOf('customer-1', 'cmd-1', 0));
    expect(eventIdOf('customer-1', 'cmd-1', 1)).toBe(eventIdOf('customer-1', 'cmd-1', 1));
  });

  it('differs by position in the batch, by command and by stream', () => {
    const ids = new Set([
      eventIdOf('customer-1', 'cmd-1', 0),
      eventIdOf('customer-1', 'cmd-1', 1),
      eventIdOf('customer-1', 'cmd-2', 0),
      eventIdOf('customer-2', 'cmd-1', 0),
      // Length prefixes keep concatenations apart.
      eventIdOf('customer-1c', 'md-1', 0),
    ]);
    expect(ids.size).toBe(5);
  });

  it('is a UUID of version 8 and the RFC 9562 variant, which EventStoreDB takes as any other', () => {
    const uuidV8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(eventIdOf('customer-1', 'cmd-1', 0)).toMatch(uuidV8);
  });

  it('never changes: ids stored today must be derived again by every later release', () => {
    // Pinned: a new namespace or layout would let every retry of an older command through as new events.
    expect(eventIdOf('customer-42', '0190f3c4-7a5e-7c3d-9e4b-2f1a6d8c5b7e', 0)).toBe(
      '09cc1d26-2c29-8e8e-9272-778d7e66a084',
    );
  });
});
