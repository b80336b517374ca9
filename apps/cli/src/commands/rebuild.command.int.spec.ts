import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE_FILE, loadConfig } from '@concord/config';
import { customerStream, SCHEMA_VERSIONS, type CustomerEvent } from '@concord/contracts';
import { createSqliteEventStore } from '@concord/event-store';
import { ALL_PROJECTIONS, createReadModelStore, projectionId, type Customer360Document } from '@concord/read-models';
import {
  customerClassified,
  customerComplained,
  customerContacted,
  customerRegistered,
  customerSurveyed,
} from '@concord/testing';
import { runCli } from '../run-cli.js';
import { captureOutput } from '../testing/capture-output.js';

/** The ids of the versions this build runs, so the spec follows version bumps. */
const PROJECTION_IDS = ALL_PROJECTIONS.map(projectionId).sort();
const CUSTOMER_360 = PROJECTION_IDS.find((id) => id.startsWith('customer-360.')) as string;

/** Appends each customer's events to its stream, as the API would have; resolves to the head position. */
const recordHistory = async (dataDir: string, histories: readonly (readonly CustomerEvent[])[]): Promise<number> => {
  const events = createSqliteEventStore({ file: join(dataDir, EVENT_STORE_FILE) });
  let head = 0;
  try {
    for (const [index, history] of histories.entries()) {
      const first = history[0];
      if (first === undefined) continue;
      const metadata = (type: CustomerEvent['type'], n: number) => ({
        eventId: `e-${index}-${n}`,
        commandId: `cmd-${index}-${n}`,
        correlationId: `corr-${index}`,
        causationId: `cmd-${index}-${n}`,
        actor: { id: 'rm-7', role: 'relationship_manager' as const },
        occurredAt: '2026-01-05T09:00:00.000Z',
        recordedAt: '2026-01-05T09:00:00.000Z',
        schemaVersion: SCHEMA_VERSIONS[type],
      });
      for (const [n, event] of history.entries()) {
        const stored = await events.append(
          customerStream(first.data.customerId),
          [{ type: event.type, data: event.data, metadata: metadata(event.type, n) }],
          'any',
        );
        head = stored.position;
      }
    }
  } finally {
    await events.close();
  }
  return head;
};

const customer = (customerId: string): CustomerEvent[] => [
  customerRegistered({ customerId }),
  customerContacted({ customerId }),
  customerClassified({ customerId }),
  customerComplained({ customerId }),
  customerSurveyed({ customerId }),
];

describe('concord rebuild and concord projections, on a data folder', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let head: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concord-rebuild-'));
    env = { CONCORD_DATA_DIR: dataDir };
    head = await recordHistory(dataDir, [customer('c-1'), customer('c-2'), customer('c-3')]);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const readStore = () => createReadModelStore(loadConfig(env));

  it('rebuilds every projection from the log, with progress on stderr, and leaves them live at the head', async () => {
    const { out, err, progress, output } = captureOutput();
    expect(await runCli(['rebuild', 'all', '--batch-size', '4'], env, output)).toBe(0);

    expect(err.join('\n')).toContain('Stop every projector using this read store first');
    expect(out.map((line) => line.split(':')[0]).sort()).toEqual(PROJECTION_IDS);
    expect(progress.length).toBeGreaterThanOrEqual(PROJECTION_IDS.length);
    expect(progress.join('')).toContain(`${head}/${head} events`);

    const store = await readStore();
    try {
      const profile = await store.get<Customer360Document>(CUSTOMER_360, 'customer_360', 'c-2');
      expect(profile).toMatchObject({ customerId: 'c-2', name: 'Li Wei', segment: 'affluent' });
      const records = await store.records();
      expect(records.map((r) => [r.projectionId, r.status, r.checkpoint]).sort()).toEqual(
        PROJECTION_IDS.map((id) => [id, 'live', head]),
      );
    } finally {
      await store.close();
    }
  });

  it('rebuilds one projection by name or id, and a second rebuild yields the same documents', async () => {
    const snapshot = async () => {
      const store = await readStore();
      try {
        return await store.get(CUSTOMER_360, 'customer_360', 'c-1');
      } finally {
        await store.close();
      }
    };
    const before = await snapshot();
    for (const name of ['customer-360', CUSTOMER_360]) {
      const { out, output } = captureOutput(true);
      expect(await runCli(['rebuild', name], env, output)).toBe(0);
      expect(out).toEqual([expect.stringMatching(new RegExp(`^${CUSTOMER_360.replace('.', '\\.')}: rebuilt in \\d+s\\.$`))]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('prints the status table', async () => {
    const { out, output } = captureOutput();
    expect(await runCli(['projections'], env, output)).toBe(0);
    expect(out[0]).toMatch(/^PROJECTION\s+STATUS\s+ACTIVE\s+CHECKPOINT\s+LAG EVENTS\s+LAG SECONDS\s+FAILURE$/);
    expect(out.slice(1).map((line) => line.split(/\s+/).slice(0, 5))).toEqual(
      PROJECTION_IDS.map((id) => [id, 'live', 'yes', String(head), '0']),
    );
  });
});

describe('concord rebuild: arguments and failures', () => {
  const run = async (argv: string[], env: Record<string, string> = { CONCORD_DATA_DIR: tmpdir() }) => {
    const { err, output } = captureOutput();
    const code = await runCli(argv, env, output);
    return { code, message: err.join('\n') };
  };

  it.each([
    [['rebuild'], 'Name the projection to rebuild'],
    [['rebuild', 'churn-risk', 'complaints'], 'unexpected: complaints'],
    [['rebuild', 'churn-risk', '--batch-size', '0'], '--batch-size must be a whole number from 1 to 10000'],
    [['rebuild', 'churn-risk', '--batch-size', 'many'], '--batch-size must be a whole number'],
    [['rebuild', 'churn-risk', '--force'], "Unknown option '--force'"],
    [['projections', 'now'], 'Unexpected argument'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { code, message: printed } = await run(argv);
    expect(code).toBe(2);
    expect(printed).toContain(message);
  });

  it('names the projections there are when the name is unknown (exit 1)', async () => {
    const { code, message } = await run(['rebuild', 'churn']);
    expect(code).toBe(1);
    expect(message).toBe(
      'There is no projection "churn". Rebuild one of: customer-360, churn-risk, satisfaction, complaints, ' +
        'contact-coverage; or all.',
    );
  });

  it('refuses a data folder without an event store, saying which variable to set (exit 1)', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'concord-empty-'));
    try {
      const { code, message } = await run(['rebuild', 'all'], { CONCORD_DATA_DIR: empty });
      expect(code).toBe(1);
      expect(message).toContain(`No event store at ${join(empty, EVENT_STORE_FILE)}. Set CONCORD_DATA_DIR`);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('reports configuration to fix (exit 1)', async () => {
    const { code, message } = await run(['projections'], { CONCORD_READ_STORE: 'postgres' });
    expect(code).toBe(1);
    expect(message).toContain('CONCORD_READ_STORE is "postgres"; set one of: sqlite, mongodb.');
  });
});
