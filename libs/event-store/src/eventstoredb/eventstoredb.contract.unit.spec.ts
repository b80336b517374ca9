import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { createEventStoreDbEventStore } from './eventstoredb.event-store.js';
import { createFakeEventStoreDb } from './testing/fake-eventstoredb.js';

// The whole contract against the in-memory fake of the client: the adapter's own logic (hash chain, idempotency,
// positions, filtering, paging, batching) without a server. The same suite runs against a real one in
// eventstoredb.event-store.int.spec.ts when EVENTSTORE_URL is set.
describeEventStoreContract('EventStoreDB adapter on an in-memory fake of its client', () => {
  const fake = createFakeEventStoreDb();
  // EventStoreDB's own records sit in $all between Concord's: the suite must never see them.
  fake.record({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' });
  return createEventStoreDbEventStore({ client: fake.client, deadlineMs: 2000 });
});
