import { MongoClient, MongoNetworkError, MongoServerSelectionError, type Db } from 'mongodb';
import { MongoReadStoreClosed, MongoReadStoreUnavailable } from './mongodb.errors.js';

export type MongoConnectionOptions = Readonly<{
  url: string;
  database: string;
  serverSelectionTimeoutMS: number;
  socketTimeoutMS: number;
}>;

/** The store's own client (no shared singleton): every call is bounded, and failures name MONGODB_URL. */
export type MongoConnection = Readonly<{
  /** Runs one unit of driver work; maps an unreachable server to MongoReadStoreUnavailable. */
  run<T>(operation: string, work: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}>;

export const openMongoConnection = (options: MongoConnectionOptions): MongoConnection => {
  // The driver connects on first use, so creating the store never blocks and an absent server fails the first call
  // after serverSelectionTimeoutMS. socketTimeoutMS bounds a server that accepts and then never answers.
  const client = new MongoClient(options.url, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS,
    connectTimeoutMS: options.serverSelectionTimeoutMS,
    socketTimeoutMS: options.socketTimeoutMS,
    appName: 'concord-read-models',
  });
  const db = client.db(options.database);
  const address = redacted(options.url);
  let closed = false;

  return {
    async run(operation, work) {
      if (closed) throw new MongoReadStoreClosed(operation);
      try {
        return await work(db);
      } catch (error) {
        const unreachable = networkFailureIn(error);
        if (unreachable !== undefined) throw new MongoReadStoreUnavailable(address, operation, unreachable);
        throw error;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
};

/** The network failure behind an error; a bulk write wraps the timeout of its connection in its own error. */
const networkFailureIn = (error: unknown, depth = 0): Error | undefined => {
  if (error instanceof MongoServerSelectionError || error instanceof MongoNetworkError) return error;
  if (!(error instanceof Error) || depth > 3) return undefined;
  const wrapped: unknown = 'errorResponse' in error ? error.errorResponse : undefined;
  return networkFailureIn(error.cause, depth + 1) ?? networkFailureIn(wrapped, depth + 1);
};

/** MONGODB_URL may hold a password; messages show only the scheme and hosts. */
const redacted = (url: string): string => url.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/, '$1***@').replace(/\?.*$/, '');
