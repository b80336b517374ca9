import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { signAccessToken } from '@concord/auth';
import type { Role } from '@concord/contracts';
import { DEFAULT_RULES } from '@concord/domain';
import { activeProjectionId, ALL_PROJECTIONS, type ReadModelStore } from '@concord/read-models';
import type { AppOverrides } from '../../src/app.module.js';
import type { ConcordConfig } from '@concord/config';
import { createApp } from '../../src/create-app.js';
import { READ_MODEL_STORE } from '../../src/infrastructure/read-model-store.provider.js';

export const TEST_SECRET = 'concord-e2e-secret-that-is-long-enough-for-hs256';

export type TestApp = Readonly<{
  app: NestFastifyApplication;
  url: string;
  config: ConcordConfig;
  /** A bearer token for `subject` holding `roles`, valid for 10 minutes. */
  token(subject: string, ...roles: Role[]): Promise<string>;
  /** A bearer token that expires within `seconds` (the `exp` claim counts whole seconds, so up to 1 s sooner). */
  tokenExpiringIn(seconds: number, subject: string, ...roles: Role[]): Promise<string>;
  /** fetch against the app with JSON in and out. */
  request<Body = ApiBody>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<Body>>;
  close(): Promise<void>;
}>;

export type RequestOptions = Readonly<{
  token?: string;
  body?: unknown;
  /** Sent as is (no JSON encoding) when given. */
  rawBody?: string;
  headers?: Record<string, string>;
}>;

/** The body as parsed JSON, typed by the test that expects it (`{ text }` when it was not JSON). */
export type TestResponse<Body> = Readonly<{ status: number; headers: Headers; body: Body }>;

export type ApiBody = Readonly<Record<string, unknown>>;

/** The error answer every failure carries. */
export type ErrorBody = Readonly<{
  code: string;
  message: string;
  errors?: readonly { field: string; messages: readonly string[] }[];
  correlationId?: string;
}>;

/**
 * Starts the app on an ephemeral port with a fresh data folder; `close()` stops it and removes the folder. With the
 * embedded projector (the default) it returns once every projection is live, so a query with `?minPosition=` never
 * meets a read model still being built (503 READ_MODEL.NOT_READY).
 */
export const startTestApp = async (
  overrides: AppOverrides = {},
  configOverrides: Partial<ConcordConfig> = {},
): Promise<TestApp> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'concord-api-'));
  const config: ConcordConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    jwtSecret: TEST_SECRET,
    eventStore: 'sqlite',
    eventStoreUrl: undefined,
    readStore: 'sqlite',
    mongodbUrl: undefined,
    mongodbDatabase: 'concord',
    projector: 'embedded',
    // One thread keeps the many apps of the suite light; projector-threads.int.spec.ts covers several.
    projectorThreads: 1,
    rules: DEFAULT_RULES,
    logLevel: 'silent',
    ...configOverrides,
  };
  const app = await createApp(config, overrides);
  await app.listen(0, '127.0.0.1');
  if (config.projector === 'embedded') {
    await untilEveryProjectionIsLive(app.get<symbol, ReadModelStore>(READ_MODEL_STORE));
  }
  const url = await app.getUrl();
  const secret = new TextEncoder().encode(TEST_SECRET);
  return {
    app,
    url,
    config,
    token: (subject, ...roles) => signAccessToken(secret, { subject, roles }, { expiresInSeconds: 600 }),
    tokenExpiringIn: (seconds, subject, ...roles) =>
      signAccessToken(secret, { subject, roles }, { expiresInSeconds: seconds }),
    request: async <Body>(method: string, path: string, options: RequestOptions = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
      let body: string | undefined = options.rawBody;
      if (body === undefined && options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: parse(text) as Body };
    },
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

/** Polls the projection records; Jest's test timeout bounds the wait. */
const untilEveryProjectionIsLive = async (store: ReadModelStore): Promise<void> => {
  for (;;) {
    const records = await store.records();
    if (ALL_PROJECTIONS.every((projection) => activeProjectionId(records, projection.name) !== null)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { text };
  }
};
