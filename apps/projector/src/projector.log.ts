import type { LogLevelName } from '@concord/config';
import { consoleProjectorLog, type ProjectorLog } from '@concord/read-models';

const RANK: Readonly<Record<LogLevelName, number>> = {
  silent: 0,
  fatal: 1,
  error: 1,
  warn: 2,
  log: 3,
  info: 3,
  debug: 4,
  verbose: 5,
};

/** The console log, keeping what CONCORD_LOG_LEVEL lets through (failures show from `error` up). */
export const projectorLogAt = (level: LogLevelName, log: ProjectorLog = consoleProjectorLog()): ProjectorLog => ({
  log: (message) => (RANK[level] >= RANK.log ? log.log(message) : undefined),
  warn: (message) => (RANK[level] >= RANK.warn ? log.warn(message) : undefined),
  error: (message) => (RANK[level] >= RANK.error ? log.error(message) : undefined),
});
