import { parentPort, workerData } from 'node:worker_threads';
import { openEventStore, type EventStore } from '@concord/event-store';
import { ALL_PROJECTIONS } from '../../all-projections.js';
import { createReadModelStore } from '../../stores/create-read-model-store.js';
import { createProjector, type Projector } from '../projector.js';
import type { ProjectorLog } from '../projector-log.js';
import type { ReadModelStore } from '../read-model-store.port.js';
import { lowerThreadPriority } from './background-priority.js';
import type { FromProjectorThread, ProjectorThreadSettings, ToProjectorThread } from './projector-thread.protocol.js';

/*
 * The projections on a thread of their own: folding events and committing read models no longer competes with
 * the API's requests for the main thread's event loop. Everything is reported to the parent; nothing is thrown
 * across the thread boundary.
 */

const port = parentPort;
if (port === null) throw new Error('projector.worker runs as a worker thread, started by startProjectorThread.');
const settings = workerData as ProjectorThreadSettings;
const post = (message: FromProjectorThread): void => port.postMessage(message);
const log: ProjectorLog = {
  log: (message) => post({ type: 'log', level: 'log', message }),
  warn: (message) => post({ type: 'log', level: 'warn', message }),
  error: (message) => post({ type: 'log', level: 'error', message }),
};
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let events: EventStore | undefined;
let store: ReadModelStore | undefined;
let projector: Projector | undefined;

const closeStores = async (): Promise<void> => {
  await Promise.allSettled([store?.close(), events?.close()]);
};

const start = async (): Promise<void> => {
  try {
    lowerThreadPriority(settings.priority ?? 'background');
  } catch (error) {
    log.warn(`The projector thread did not lower its CPU priority as asked: ${messageOf(error)}`);
  }
  const names = settings.projections;
  const projections = names === undefined ? ALL_PROJECTIONS : ALL_PROJECTIONS.filter((p) => names.includes(p.name));
  const unknown = (names ?? []).filter((name) => !ALL_PROJECTIONS.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`Unknown projections: ${unknown.join(', ')}.`);
  events = openEventStore(settings.eventStore, { warn: log.warn });
  store = await createReadModelStore({ ...settings.config, jwtSecret: undefined });
  projector = createProjector({ events, store, projections, log, batchSize: settings.batchSize, catchUp: settings.catchUp });
  await projector.start();
};

port.on('message', (message: ToProjectorThread) => {
  if (message.type !== 'stop') return;
  void (async () => {
    try {
      await projector?.stop();
    } catch (error) {
      log.error(`The projections did not stop cleanly: ${messageOf(error)}`);
    }
    await closeStores();
    post({ type: 'stopped' });
  })();
});

start().then(
  () => post({ type: 'started' }),
  async (error: unknown) => {
    await closeStores();
    post({ type: 'failed', message: messageOf(error) });
  },
);
