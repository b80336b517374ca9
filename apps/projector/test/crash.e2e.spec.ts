import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_STORE_FILE, READ_STORE_FILE } from '@concord/config';
import { createSqliteEventStore, type EventStore } from '@concord/event-store';
import {
  ALL_PROJECTIONS,
  createSqliteReadModelStore,
  projectionId,
  rebuildProjection,
  type Projection,
  type ReadModelStore,
} from '@concord/read-models';
import { appendEvents } from '../../../libs/read-models/src/runtime/testing/append-events.js';
import { until } from '../../../libs/read-models/src/runtime/testing/projector-harness.js';
import { generateCustomerHistories } from '../../../libs/read-models/src/testing/customer-histories.generator.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const IDS = ALL_PROJECTIONS.map(projectionId);
/** Bounded waits: generous for a slow machine, never part of what is asserted. */
const WAIT_MS = 90_000;

type Child = Readonly<{ process: ChildProcess; output: () => string; exited: Promise<number | null> }>;

const dir = mkdtempSync(join(tmpdir(), 'concord-crash-'));
const children: ChildProcess[] = [];
let events: EventStore;
let store: ReadModelStore;

/** The built projector as its own process, on the test's data folder. */
const startProjector = (settings: Readonly<Record<string, string>>): Child => {
  const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...env, CONCORD_DATA_DIR: dir, CONCORD_LOG_LEVEL: 'log', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
};

/** Every document of every collection, as JSON sorted per collection: both stores are written by the same code, so equal documents serialise alike. */
const everyDocument = async (from: ReadModelStore, id: string, projection: Projection): Promise<Record<string, string[]>> => {
  const documents: Record<string, string[]> = {};
  for (const { name } of projection.collections) {
    documents[name] = (await from.find(id, name, { equals: {}, ranges: [] })).map((doc) => JSON.stringify(doc)).sort();
  }
  return documents;
};

const checkpoints = async (): Promise<Record<string, number>> =>
  Object.fromEntries((await store.records()).map((record) => [record.projectionId, record.checkpoint]));

beforeAll(async () => {
  events = createSqliteEventStore({ file: join(dir, EVENT_STORE_FILE) });
  const history = generateCustomerHistories({ customers: 6000, stepsPerCustomer: 14, seed: 2026 });
  await appendEvents(events, history, { chunk: 2000 });
  store = createSqliteReadModelStore({ file: join(dir, READ_STORE_FILE) });
}, WAIT_MS);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await store?.close();
  await events?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the projector process, killed in the middle of a batch and restarted', () => {
  it('ends with read models equal to a clean rebuild', async () => {
    const head = await events.headPosition();
    expect(head).toBeGreaterThan(50_000);

    // Large batches, each committed as soon as it is applied: the kill lands while one is being applied.
    const first = startProjector({ CONCORD_PROJECTOR_BATCH_SIZE: '4000', CONCORD_PROJECTOR_COMMIT_INTERVAL_MS: '0' });
    await until(
      async () => Object.values(await checkpoints()).some((checkpoint) => checkpoint > 0),
      () => `the projector committed nothing; its output:\n${first.output()}`,
      WAIT_MS,
    );
    first.process.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const atKill = await checkpoints();
    expect({ atKill, someBehind: IDS.some((id) => (atKill[id] ?? 0) < head) }).toEqual({ atKill, someBehind: true });

    const second = startProjector({});
    await until(
      async () => {
        const records = await store.records();
        return IDS.every((id) => records.some((r) => r.projectionId === id && r.status === 'live' && r.checkpoint === head));
      },
      async () => `not caught up after the restart: ${JSON.stringify(await checkpoints())}; output:\n${second.output()}`,
      WAIT_MS,
    );
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('Projector stopped: every applied event is committed.');

    const clean = createSqliteReadModelStore({ file: ':memory:' });
    try {
      await rebuildProjection({ events, store: clean, projection: ALL_PROJECTIONS[0]!, batchSize: 5000 });
      expect((await everyDocument(clean, projectionId(ALL_PROJECTIONS[0]!), ALL_PROJECTIONS[0]!)).customer_360).toHaveLength(6000);
      for (const projection of ALL_PROJECTIONS) {
        await rebuildProjection({ events, store: clean, projection, batchSize: 5000 });
        const id = projectionId(projection);
        expect({ id, documents: await everyDocument(store, id, projection) }).toEqual({
          id,
          documents: await everyDocument(clean, id, projection),
        });
      }
    } finally {
      await clean.close();
    }
  }, 4 * WAIT_MS);
});
