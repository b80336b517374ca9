import type { LogLevel } from '@nestjs/common';
import type { LogLevelName } from '@concord/config';

/** Nest's enabled levels for a threshold: each level enables itself and everything more severe. */
export const nestLogLevels = (level: LogLevelName): LogLevel[] => {
  const ordered: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  if (level === 'silent') return [];
  const threshold: LogLevel = level === 'info' ? 'log' : level;
  return ordered.slice(0, ordered.indexOf(threshold) + 1);
};

/** DI token of the validated ConcordConfig. */
export const CONCORD_CONFIG = Symbol('CONCORD_CONFIG');
/** DI token of the DomainRules every command is decided with. */
export const DOMAIN_RULES = Symbol('DOMAIN_RULES');
