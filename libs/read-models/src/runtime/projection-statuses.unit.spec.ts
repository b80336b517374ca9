import type { EventStore, StoredEvent } from '@concord/event-store';
import { ALL_PROJECTIONS } from '../all-projections.js';
import { LAG_EVENTS_CAP, projectionStatuses } from './projection-statuses.js';
import type { ProjectionRecord, ReadModelStore } from './read-model-store.port.js';

const [customer360] = ALL_PROJECTIONS;
const record = (checkpoint: number): ProjectionRecord => ({
  projectionId: 'customer-360.v1',
  name: 'customer-360',
  version: 1,
  checkpoint,
  status: 'live',
  failure: null,
  updatedAt: '2026-05-01T10:00:00.000Z',
});

/** A store whose positions are byte offsets, as EventStoreDB's are: far apart, and only the store can count. */
const eventStore = (head: number, eventsAfter: (after: number, cap: number) => number): EventStore =>
  ({
    headPosition: async () => head,
    countEventsAfter: async (after: number, cap: number) => Math.min(cap, eventsAfter(after, cap)),
    readAll: async () => [{ metadata: { recordedAt: '2026-05-01T10:00:00.000Z' } } as StoredEvent],
  }) as unknown as EventStore;

const readModels = (checkpoint: number): ReadModelStore =>
  ({ records: async () => [record(checkpoint)] }) as unknown as ReadModelStore;

describe('projectionStatuses: lag in events', () => {
  it('is counted by the event store, not had by subtracting positions', async () => {
    const events = eventStore(1_048_576, () => 3);
    const [status] = await projectionStatuses(readModels(4096), events, [customer360!], '2026-05-01T10:00:30.000Z');
    expect(status).toMatchObject({ checkpoint: 4096, lagEvents: 3, lagSeconds: 30 });
  });

  it(`is counted up to ${LAG_EVENTS_CAP}, which then means at least so many`, async () => {
    const counted: number[] = [];
    const events = eventStore(9_000_000_000, (_, cap) => {
      counted.push(cap);
      return 2_000_000;
    });
    const [status] = await projectionStatuses(readModels(4096), events, [customer360!], '2026-05-01T10:00:30.000Z');
    expect(status?.lagEvents).toBe(LAG_EVENTS_CAP);
    expect(counted).toEqual([LAG_EVENTS_CAP]);
  });

  it('is 0 at the head, without counting', async () => {
    const events = eventStore(4096, () => {
      throw new Error('a caught-up projection needs no count');
    });
    const [status] = await projectionStatuses(readModels(4096), events, [customer360!], '2026-05-01T10:00:30.000Z');
    expect(status).toMatchObject({ lagEvents: 0, lagSeconds: 0 });
  });
});
