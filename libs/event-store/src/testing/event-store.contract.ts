import type { EventStore } from '../event-store.port.js';
import { describeAppendContract } from './append.contract.js';
import { describeConcurrencyContract } from './concurrency.contract.js';
import type { ContractContext } from './contract-context.js';
import { describeIdempotencyContract } from './idempotency.contract.js';
import { describeLeanContract } from './lean.contract.js';
import { describeReadContract } from './read.contract.js';
import { describeSubscribeContract } from './subscribe.contract.js';

/**
 * The behaviour every EventStore adapter must show, written once. Each test gets a store from `createStore` (closed
 * after it) and writes only to fresh `customer-<uuid>` streams; it never assumes an empty store or positions starting
 * at 1, so it runs as well against a shared EventStoreDB as against a fresh SQLite file.
 */
export const describeEventStoreContract = (
  name: string,
  createStore: () => Promise<EventStore> | EventStore,
): void => {
  describe(`EventStore contract: ${name}`, () => {
    let current: EventStore | undefined;

    beforeEach(async () => {
      current = await createStore();
    });

    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    const context: ContractContext = {
      store: () => {
        if (current === undefined) throw new Error('the contract store is only available inside a test');
        return current;
      },
    };

    describeAppendContract(context);
    describeReadContract(context);
    describeIdempotencyContract(context);
    describeSubscribeContract(context);
    describeLeanContract(context);
    describeConcurrencyContract(context);
  });
};
