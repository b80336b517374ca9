import { createServer } from 'node:net';
import { MongoReadStoreUnavailable } from './mongodb.errors.js';
import { createMongoReadModelStore } from './mongodb.read-model-store.js';

/** A loopback port nothing listens on: taken from the OS, then released. */
const closedPort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

describe('MongoDB read-model store without a server', () => {
  it('fails the first call after serverSelectionTimeoutMS, naming MONGODB_URL and hiding the password', async () => {
    const port = await closedPort();
    const store = createMongoReadModelStore({
      url: `mongodb://analyst:s3cret@127.0.0.1:${port}/`,
      database: 'concord',
      serverSelectionTimeoutMS: 200,
    });
    try {
      const failure = store.records();
      await expect(failure).rejects.toThrow(MongoReadStoreUnavailable);
      await expect(failure).rejects.toThrow(/MONGODB_URL/);
      await expect(failure).rejects.toThrow(`mongodb://***@127.0.0.1:${port}/`);
      await expect(failure).rejects.not.toThrow(/s3cret/);
    } finally {
      await store.close();
    }
  });
});
