import type { ReadModelStore } from '../read-model-store.port.js';
import { describeCountContract } from './count.contract.js';
import { describeDocumentsContract } from './documents.contract.js';
import { describeFindContract } from './find.contract.js';
import { describePageContract } from './page.contract.js';
import { describeRecordsContract } from './records.contract.js';

/**
 * The behaviour every ReadModelStore adapter shares (SQLite, MongoDB). One store serves the whole suite and is
 * closed at its end; every test works in a projection of its own name, so the suite also runs against a shared,
 * non-empty MongoDB without cleaning up.
 */
export const describeReadModelStoreContract = (name: string, createStore: () => Promise<ReadModelStore>): void => {
  describe(`ReadModelStore contract: ${name}`, () => {
    let opened: ReadModelStore | undefined;
    const store = (): ReadModelStore => {
      if (opened === undefined) throw new Error('the store is opened in beforeAll');
      return opened;
    };

    beforeAll(async () => {
      opened = await createStore();
    });
    afterAll(async () => {
      await opened?.close();
    });

    describeDocumentsContract({ store });
    describeFindContract({ store });
    describePageContract({ store });
    describeCountContract({ store });
    describeRecordsContract({ store });
  });
};
