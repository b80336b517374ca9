import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { createEventStoreDbEventStore } from './eventstoredb.event-store.js';

const EVENTSTORE_URL_MISSING =
  'EVENTSTORE_URL is not set — point it at an EventStoreDB or KurrentDB node, e.g. esdb://localhost:2113?tls=false ' +
  '(docker/docker-compose.yml starts one)';

// A real node keeps its data between runs: the suite writes only to fresh customer-<uuid> streams and never assumes
// an empty store or positions from 1, so it can run again and again against the same node.
const url = process.env['EVENTSTORE_URL']?.trim() ?? '';

if (url === '') {
  // Straight to stderr: Jest's default reporter shows no console output of a suite whose tests were all skipped.
  process.stderr.write(`EventStoreDB contract: skipped, ${EVENTSTORE_URL_MISSING}\n`);
  describe.skip(`EventStore contract: EventStoreDB (skipped: ${EVENTSTORE_URL_MISSING})`, () => {
    it('runs against the node EVENTSTORE_URL names', () => undefined);
  });
} else {
  describeEventStoreContract('EventStoreDB, the node EVENTSTORE_URL names', () =>
    createEventStoreDbEventStore({ url, deadlineMs: 10_000 }),
  );
}
