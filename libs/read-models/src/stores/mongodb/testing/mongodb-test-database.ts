import { randomUUID } from 'node:crypto';
import { MongoClient, type Collection, type Db } from 'mongodb';
import type { ReadModelStore } from '../../../runtime/read-model-store.port.js';
import type { StoredDocument } from '../mongodb.document-codec.js';
import { versionedCollectionName } from '../mongodb.naming.js';
import { createMongoReadModelStore, type MongoReadModelStoreOptions } from '../mongodb.read-model-store.js';

export const MONGODB_URL_MISSING = 'MONGODB_URL is not set — start FerretDB with tools/ferretdb/start-ferretdb.sh';

/** Short, so an absent or hung server fails a test quickly instead of at Jest's timeout. */
export const TEST_TIMEOUTS = { serverSelectionTimeoutMS: 2000, socketTimeoutMS: 20_000 } as const;

export type MongoTestDatabase = Readonly<{
  url: string;
  /** Unique to this test file's run, dropped after it. */
  database: string;
  /** The database through a client of the test's own, as an analyst would query it. */
  raw: () => Db;
  /** One read-model collection of a projection version, through the test's own client. */
  rawCollection: (projectionId: string, collection: string) => Collection<StoredDocument>;
  /** A store on the test database; the caller closes it. */
  createStore: (overrides?: Partial<MongoReadModelStoreOptions>) => ReadModelStore;
}>;

/**
 * Runs `body` against a fresh database on the server MONGODB_URL names (FerretDB in CI, or a real MongoDB). Without
 * MONGODB_URL the suite reports itself skipped, with the reason in its name and on the console, so `npm test`
 * passes on a fresh machine and says what it did not run.
 */
export const describeWithMongo = (title: string, body: (database: MongoTestDatabase) => void): void => {
  const url = process.env['MONGODB_URL']?.trim() ?? '';
  if (url === '') {
    // Straight to stderr: Jest's default reporter shows no console output of a suite whose tests were all skipped.
    process.stderr.write(`${title}: skipped, ${MONGODB_URL_MISSING}\n`);
    describe.skip(`${title} (skipped: ${MONGODB_URL_MISSING})`, () => {
      it('runs against FerretDB or MongoDB when MONGODB_URL is set', () => undefined);
    });
    return;
  }

  describe(title, () => {
    const database = `concord_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const client = new MongoClient(url, TEST_TIMEOUTS);
    afterAll(async () => {
      try {
        await client.db(database).dropDatabase();
      } finally {
        await client.close();
      }
    });

    body({
      url,
      database,
      raw: () => client.db(database),
      rawCollection: (projectionId, collection) =>
        client.db(database).collection<StoredDocument>(versionedCollectionName(projectionId, collection)),
      createStore: (overrides = {}) => createMongoReadModelStore({ url, database, ...TEST_TIMEOUTS, ...overrides }),
    });
  });
};
