import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, READ_STORE_FILE } from '@concord/config';
import { createSqliteEventStore, type EventStore } from '@concord/event-store';
import { ALL_PROJECTIONS } from '../../all-projections.js';
import { projectionId } from '../../projection.js';
import { createSqliteReadModelStore } from '../../stores/sqlite/sqlite.read-model-store.js';
import { generateCustomerHistories } from '../../testing/customer-histories.generator.js';
import type { ReadModelStore } from '../read-model-store.port.js';
import { appendEvents } from '../testing/append-events.js';
import { capturingLog, rebuiltInMemory, storedSnapshot, until, untilCaughtUp } from '../testing/projector-harness.js';
import { PROJECTOR_NICENESS } from './background-priority.js';
import { PROJECTOR_YOUNG_GENERATION_MB, ProjectorThreadFailed, startProjectorThread } from './projector-thread.js';
import { projectorThreadConfig, type ProjectorThreadSettings } from './projector-thread.protocol.js';
import { startProjectorThreads } from './projector-threads.js';

const IDS = ALL_PROJECTIONS.map(projectionId);

/** A field of a thread's /proc stat line (proc(5) numbers them from 1), counted past the parenthesised name. */
const statField = (threadId: string | number, field: number): number => {
  const stat = readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[field - 3]);
};
const NICE = 19;
const POLICY = 41;
/** sched(7): the policy number of SCHED_IDLE. */
const SCHED_IDLE = 5;
const threadsWith = (field: number, value: number): number =>
  readdirSync('/proc/self/task').filter((threadId) => statField(threadId, field) === value).length;

const onLinux = (title: string, test: () => Promise<void>): void =>
  process.platform === 'linux' ? it(title, test) : it.skip(`${title} (skipped: thread priorities are set on Linux only)`, test);

const hasChrt = spawnSync('chrt', ['--help'], { stdio: 'ignore' }).status === 0;
const withChrt = (title: string, test: () => Promise<void>): void =>
  process.platform === 'linux' && hasChrt
    ? it(title, test)
    : it.skip(`${title} (skipped: needs Linux and chrt from util-linux)`, test);

let dir: string;
let events: EventStore;
let store: ReadModelStore;

const settingsFor = (projections?: string[]): ProjectorThreadSettings => {
  const config = projectorThreadConfig(loadConfig({ CONCORD_DATA_DIR: dir }));
  return { eventStore: { kind: 'sqlite', file: join(dir, 'events.sqlite') }, config, ...(projections ? { projections } : {}) };
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concord-projector-thread-'));
  events = createSqliteEventStore({ file: join(dir, 'events.sqlite') });
  store = createSqliteReadModelStore({ file: join(dir, READ_STORE_FILE) });
});

afterEach(async () => {
  await Promise.all([events.close(), store.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('projector thread', () => {
  it('folds what this thread appends, before and after it starts, into the read store, as a rebuild in memory would', async () => {
    const history = generateCustomerHistories({ customers: 40, stepsPerCustomer: 8, seed: 7 });
    const half = Math.floor(history.length / 2);
    await appendEvents(events, history.slice(0, half), { chunk: 50 });
    const log = capturingLog();

    const thread = await startProjectorThread(settingsFor(), log);
    await appendEvents(events, history.slice(half), { chunk: 50 });
    await untilCaughtUp({ events, store }, IDS);
    await thread.stop();

    for (const projection of ALL_PROJECTIONS) {
      const expected = (await rebuiltInMemory(events, projection)).snapshot();
      expect(await storedSnapshot(store, projectionId(projection), projection, expected)).toEqual(expected);
    }
    expect(log.lines.filter((line) => line.startsWith('error:'))).toEqual([]);
  });

  it('runs only the projections it is given', async () => {
    const thread = await startProjectorThread(settingsFor(['complaints']), capturingLog());
    await until(
      async () => (await store.records()).length > 0,
      () => 'no projection was prepared',
    );
    await thread.stop();

    expect((await store.records()).map((record) => record.name)).toEqual(['complaints']);
  });

  onLinux(`runs at niceness ${PROJECTOR_NICENESS}, leaving the thread that started it as it was`, async () => {
    const mainBefore = statField(process.pid, NICE);
    const before = threadsWith(NICE, PROJECTOR_NICENESS);
    const thread = await startProjectorThread(settingsFor(['complaints']), capturingLog());
    const during = threadsWith(NICE, PROJECTOR_NICENESS);
    const idleDuring = threadsWith(POLICY, SCHED_IDLE);
    const mainDuring = statField(process.pid, NICE);
    await thread.stop();

    expect(during).toBe(before + 1);
    expect(idleDuring).toBe(0);
    expect(mainDuring).toBe(mainBefore);
  });

  withChrt('given idle priority, runs under SCHED_IDLE, leaving the thread that started it as it was', async () => {
    const log = capturingLog();
    const thread = await startProjectorThread({ ...settingsFor(['complaints']), priority: 'idle' }, log);
    const idleDuring = threadsWith(POLICY, SCHED_IDLE);
    const mainPolicy = statField(process.pid, POLICY);
    await thread.stop();

    expect(idleDuring).toBe(1);
    expect(mainPolicy).not.toBe(SCHED_IDLE);
    expect(log.lines.filter((line) => line.includes('priority'))).toEqual([]);
  });

  it('rejects with the reason when the projections cannot start', async () => {
    const starting = startProjectorThread(settingsFor(['churn']), capturingLog());

    await expect(starting).rejects.toBeInstanceOf(ProjectorThreadFailed);
    await expect(starting).rejects.toThrow(/Unknown projections: churn/);
  });

  it(`gives its thread a young generation of ${PROJECTOR_YOUNG_GENERATION_MB} MiB`, async () => {
    const log = capturingLog();
    const workerUrl = new URL('./testing/reporting-limits.worker.mjs', import.meta.url);

    const thread = await startProjectorThread(settingsFor(), log, { workerUrl });
    await thread.stop();

    const reported = log.lines.find((line) => line.startsWith('log: resource limits '));
    const limits = JSON.parse(reported?.slice('log: resource limits '.length) ?? '{}') as Record<string, number>;
    expect(limits['maxYoungGenerationSizeMb']).toBe(PROJECTOR_YOUNG_GENERATION_MB);
  });

  it('restarts a thread that dies, and reports it', async () => {
    const log = capturingLog();
    const workerUrl = new URL('./testing/crashing.worker.mjs', import.meta.url);

    const thread = await startProjectorThread(settingsFor(), log, { workerUrl, restartDelayMs: 10, maxRestartDelayMs: 20 });
    await until(
      () => log.lines.filter((line) => line.includes('crashing worker started')).length >= 3,
      () => log.lines.join('\n'),
    );
    await thread.stop();

    expect(log.lines.some((line) => /ended unexpectedly; restarting/.test(line))).toBe(true);
  });
});

describe('projector threads', () => {
  it('given two threads, folds every projection into the one read store as a rebuild in memory would', async () => {
    const history = generateCustomerHistories({ customers: 40, stepsPerCustomer: 8, seed: 11 });
    const half = Math.floor(history.length / 2);
    await appendEvents(events, history.slice(0, half), { chunk: 50 });
    const log = capturingLog();

    const threads = await startProjectorThreads(settingsFor(), log, { threads: 2 });
    await appendEvents(events, history.slice(half), { chunk: 50 });
    await untilCaughtUp({ events, store }, IDS);
    await threads.stop();

    for (const projection of ALL_PROJECTIONS) {
      const expected = (await rebuiltInMemory(events, projection)).snapshot();
      expect(await storedSnapshot(store, projectionId(projection), projection, expected)).toEqual(expected);
    }
    expect(log.lines.filter((line) => line.startsWith('error:'))).toEqual([]);
  });

  it('given a thread that cannot start, rejects with its reason and stops the threads that started', async () => {
    await appendEvents(events, generateCustomerHistories({ customers: 5, stepsPerCustomer: 4, seed: 3 }), { chunk: 50 });

    const starting = startProjectorThreads(settingsFor(['complaints', 'churn']), capturingLog(), { threads: 2 });

    await expect(starting).rejects.toThrow(/Unknown projections: churn/);
    const before = (await store.records()).find((record) => record.name === 'complaints')?.checkpoint ?? 0;
    await appendEvents(events, generateCustomerHistories({ customers: 5, stepsPerCustomer: 4, seed: 4 }), { chunk: 50 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = (await store.records()).find((record) => record.name === 'complaints')?.checkpoint ?? 0;
    expect(after).toBe(before);
  });
});
