import { ALL_PROJECTIONS, foldCostOf } from '../../all-projections.js';
import type { ProjectorLog } from '../projector-log.js';
import { startProjectorThread, type ProjectorThread, type ProjectorThreadOptions } from './projector-thread.js';
import type { ProjectorThreadSettings } from './projector-thread.protocol.js';
import { spreadProjections } from './spread-projections.js';

export type ProjectorThreadsOptions = ProjectorThreadOptions & Readonly<{ threads: number }>;

/**
 * Runs the projections spread over `threads` worker threads (spreadProjections), each thread a projector of its own
 * with its own connections. A rebuild then folds on as many cores, at the price of reading the log once per thread.
 * Resolves once every thread runs; if one cannot start, stops the others and rejects with its reason.
 */
export const startProjectorThreads = async (
  settings: ProjectorThreadSettings,
  log: ProjectorLog,
  options: ProjectorThreadsOptions,
): Promise<ProjectorThread> => {
  const names = settings.projections ?? ALL_PROJECTIONS.map((projection) => projection.name);
  const groups = spreadProjections(names, options.threads, foldCostOf);
  const outcomes = await Promise.allSettled(
    groups.map((projections) => startProjectorThread({ ...settings, projections }, log, options)),
  );
  const running = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const stopAll = async (): Promise<void> => {
    await Promise.all(running.map((thread) => thread.stop()));
  };
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) {
    await stopAll();
    throw failed.reason;
  }
  return { stop: stopAll };
};
