import { Worker } from 'node:worker_threads';
import type { ProjectorLog } from '../projector-log.js';
import { projectorWorkerUrl } from './projector-thread.location.js';
import type { FromProjectorThread, ProjectorThreadSettings, ToProjectorThread } from './projector-thread.protocol.js';

export type ProjectorThread = Readonly<{
  /** Stops the projections (committing the batches in hand), closes the thread's stores, ends the thread. */
  stop(): Promise<void>;
}>;

export type ProjectorThreadOptions = Readonly<{
  /** First wait before restarting a thread that died; doubles up to maxRestartDelayMs. Default 1000 ms. */
  restartDelayMs?: number;
  /** Default 30,000 ms. */
  maxRestartDelayMs?: number;
  /** How long stop() waits for the thread to commit and close before ending it regardless. Default 15,000 ms. */
  stopTimeoutMs?: number;
  /**
   * Whether the thread keeps the process alive, as in a process that only runs projections. Default false: in the
   * API, the server keeps the process alive, and an idle projector thread must not (nor keep Jest waiting).
   */
  keepsProcessAlive?: boolean;
  /** The compiled worker; tests substitute one. Default: projectorWorkerUrl(). */
  workerUrl?: URL;
}>;

/** The projections could not start on their thread; the message says why (from the thread). */
export class ProjectorThreadFailed extends Error {
  constructor(reason: string) {
    super(`The projections could not start: ${reason}`);
    this.name = 'ProjectorThreadFailed';
  }
}

type Running = Readonly<{ worker: Worker; exited: Promise<void>; messages: EventTarget }>;

/**
 * Young generation of a projector thread's heap, in MiB (V8's default is a fraction of this). Folding allocates an
 * event, its data and new documents per event, most of which die young; with the default size, scavenges ran
 * often enough to cost about a tenth of a rebuild. Measured by hand over the benchmark's million events on two
 * threads, runs alternating: 17.5–20.4 s at the default, 16.9–17.2 s at 128, no better at 256. V8 grows the young
 * generation only as far as the allocation rate calls for, so a projector that follows a quiet log stays small.
 */
export const PROJECTOR_YOUNG_GENERATION_MB = 128;

/**
 * Runs the projections on a worker thread. Resolves once they run there, rejects with ProjectorThreadFailed if they
 * cannot start. A thread that dies later (a crash, not a failing event: those stop only their projection and show
 * in the status) is restarted with a growing delay; restarts are safe because the projections resume from their
 * committed checkpoints.
 */
export const startProjectorThread = async (
  settings: ProjectorThreadSettings,
  log: ProjectorLog,
  options: ProjectorThreadOptions = {},
): Promise<ProjectorThread> => {
  const workerUrl = options.workerUrl ?? projectorWorkerUrl();
  const firstDelay = options.restartDelayMs ?? 1000;
  const maxDelay = options.maxRestartDelayMs ?? 30_000;
  let delay = firstDelay;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let current: Running | undefined;

  const spawn = (): Promise<Running> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl, {
        workerData: settings,
        resourceLimits: { maxYoungGenerationSizeMb: PROJECTOR_YOUNG_GENERATION_MB },
      });
      if (options.keepsProcessAlive !== true) worker.unref();
      const messages = new EventTarget();
      let started = false;
      const exited = new Promise<void>((done) => worker.once('exit', () => done()));
      worker.on('message', (message: FromProjectorThread) => {
        switch (message.type) {
          case 'log':
            log[message.level](message.message);
            return;
          case 'started':
            started = true;
            delay = firstDelay;
            resolve({ worker, exited, messages });
            return;
          case 'failed':
            void worker.terminate();
            reject(new ProjectorThreadFailed(message.message));
            return;
          case 'stopped':
            messages.dispatchEvent(new Event('stopped'));
            return;
        }
      });
      worker.on('error', (error) => log.error(`The projector thread crashed: ${error.stack ?? error.message}`));
      void exited.then(() => {
        if (!started) reject(new ProjectorThreadFailed('the thread ended before the projections started.'));
        else if (!stopping) scheduleRestart();
      });
    });

  const scheduleRestart = (): void => {
    current = undefined;
    log.error(`The projector thread ended unexpectedly; restarting it in ${Math.round(delay / 1000)} s.`);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (stopping) return;
      spawn().then(
        (running) => {
          if (stopping) void stopRunning(running);
          else current = running;
        },
        (error: unknown) => {
          log.error(error instanceof Error ? error.message : String(error));
          if (!stopping) scheduleRestart();
        },
      );
      delay = Math.min(delay * 2, maxDelay);
    }, delay);
    if (options.keepsProcessAlive !== true) restartTimer.unref();
  };

  const stopRunning = async ({ worker, exited, messages }: Running): Promise<void> => {
    const stopped = new Promise<void>((resolve) => messages.addEventListener('stopped', () => resolve(), { once: true }));
    worker.ref();
    worker.postMessage({ type: 'stop' } satisfies ToProjectorThread);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.stopTimeoutMs ?? 15_000);
    });
    const outcome = await Promise.race([stopped.then(() => 'stopped' as const), exited.then(() => 'exited' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') log.error('The projector thread did not stop in time; ending it (uncommitted work is redone at the next start).');
    await worker.terminate();
  };

  current = await spawn();
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      const running = current;
      current = undefined;
      if (running !== undefined) await stopRunning(running);
    },
  };
};
