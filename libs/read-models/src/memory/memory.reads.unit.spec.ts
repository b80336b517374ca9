import { describeCountContract } from '../runtime/testing/count.contract.js';
import { describeFindContract } from '../runtime/testing/find.contract.js';
import { describePageContract } from '../runtime/testing/page.contract.js';
import type { QueryContractContext } from '../runtime/testing/read-model-store.fixtures.js';
import { projectionId } from '../projection.js';
import { createMemoryDocuments, type MemoryDocuments } from './memory.documents.js';
import { createMemoryReads } from './memory.reads.js';

/** The memory queries are what specs run the query functions on: they must answer as the stores do. */
const memoryStore: QueryContractContext['store'] = (() => {
  const versions = new Map<string, MemoryDocuments>();
  const reads = createMemoryReads(versions);
  const store: ReturnType<QueryContractContext['store']> = {
    ...reads,
    prepare: async (projection) => {
      versions.set(projectionId(projection), createMemoryDocuments());
    },
    commit: async (id, writes) => {
      const documents = versions.get(id);
      if (documents === undefined) throw new Error(`${id} was not prepared`);
      for (const write of writes) {
        if (write.kind === 'put') documents.put(write.collection, write.id, write.doc);
        else documents.delete(write.collection, write.id);
      }
    },
  };
  return () => store;
})();

describe('ReadModelStore query contract: memory', () => {
  describeFindContract({ store: memoryStore });
  describePageContract({ store: memoryStore });
  describeCountContract({ store: memoryStore });
});
