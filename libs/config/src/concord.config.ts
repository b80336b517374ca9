import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { MIN_SECRET_BYTES } from '@concord/auth';
import { DEFAULT_RULES, type DomainRules } from '@concord/domain';
import { EVENTSTORE_URL_EXAMPLE, eventStoreUrlProblems } from './eventstore-url.js';

/** Where events live: SQLite in the data folder (embedded default) or EventStoreDB (production). */
export const EVENT_STORE_KINDS = ['sqlite', 'eventstoredb'] as const;
export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];

/** Where read models live: SQLite in the data folder (embedded default) or MongoDB (production). */
export const READ_STORE_KINDS = ['sqlite', 'mongodb'] as const;
export type ReadStoreKind = (typeof READ_STORE_KINDS)[number];

/**
 * Who runs the projections for the API's queries: `embedded` (default) runs them inside the API process, so
 * `npm start` alone serves fresh read models; `external` leaves them to `apps/projector`, run as its own process
 * (or several API instances sharing one read store, where only one projector may write).
 */
export const PROJECTOR_MODES = ['embedded', 'external'] as const;
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];

/** Nest's levels, plus `info` as the usual name of its `log` level and `silent` to turn logging off. */
export const LOG_LEVEL_NAMES = ['silent', 'fatal', 'error', 'warn', 'log', 'info', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVEL_NAMES)[number];

export type ConcordConfig = Readonly<{
  port: number;
  host: string;
  /** Absolute path of the folder holding the event store file and the generated JWT secret. */
  dataDir: string;
  /** CONCORD_JWT_SECRET; when absent, a secret is generated once into `dataDir`. Never logged. */
  jwtSecret: string | undefined;
  eventStore: EventStoreKind;
  /** EVENTSTORE_URL, required when eventStore is eventstoredb. Never logged (it may hold a password). */
  eventStoreUrl: string | undefined;
  readStore: ReadStoreKind;
  /** MONGODB_URL, required when readStore is mongodb. Never logged (it may hold a password). */
  mongodbUrl: string | undefined;
  /** MONGODB_DATABASE: the database holding the read-model collections. */
  mongodbDatabase: string;
  /** CONCORD_PROJECTOR: whether the API process also runs the projections. apps/projector ignores it. */
  projector: ProjectorMode;
  /**
   * CONCORD_PROJECTOR_THREADS: worker threads the projections are spread over, in the API (embedded) and in
   * apps/projector. More threads rebuild faster on more cores; each reads the whole log.
   */
  projectorThreads: number;
  rules: DomainRules;
  logLevel: LogLevelName;
}>;

/** The configuration cannot be used; the message lists every variable to fix and how. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Concord cannot start; fix its configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_PORT = 3000;
/** Loopback by default: a development instance with a generated secret is not exposed to the network. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = './.data';
export const EVENT_STORE_FILE = 'events.sqlite';
export const READ_STORE_FILE = 'read-models.sqlite';
export const DEFAULT_MONGODB_DATABASE = 'concord';
/**
 * The projections split into two halves of about equal work; a third thread would mostly read the log once more.
 */
const MAX_DEFAULT_PROJECTOR_THREADS = 2;
const MAX_PROJECTOR_THREADS = 16;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates every setting at once, so one start-up error names all that is wrong. `cores` sets the
 * default number of projector threads.
 */
export const loadConfig = (env: Env, cwd: string = process.cwd(), cores: number = availableParallelism()): ConcordConfig => {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const port = parseInteger(value('PORT'), DEFAULT_PORT, 0, 65_535);
  if (port === undefined) problems.push('PORT must be a whole number from 0 to 65535 (default 3000).');

  const host = value('HOST') ?? DEFAULT_HOST;
  if (/\s/.test(host)) problems.push('HOST must be a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0.');

  const dataDirSetting = value('CONCORD_DATA_DIR') ?? DEFAULT_DATA_DIR;
  const dataDir = isAbsolute(dataDirSetting) ? dataDirSetting : resolve(cwd, dataDirSetting);

  const eventStore = value('CONCORD_EVENT_STORE') ?? 'sqlite';
  if (!isOneOf(EVENT_STORE_KINDS, eventStore)) {
    problems.push(`CONCORD_EVENT_STORE is "${eventStore}"; set one of: ${EVENT_STORE_KINDS.join(', ')}.`);
  }
  const eventStoreUrl = value('EVENTSTORE_URL');
  if (eventStore === 'eventstoredb' && eventStoreUrl === undefined) {
    problems.push(`CONCORD_EVENT_STORE is eventstoredb: set EVENTSTORE_URL, e.g. ${EVENTSTORE_URL_EXAMPLE}.`);
  }
  if (eventStoreUrl !== undefined) problems.push(...eventStoreUrlProblems(eventStoreUrl));

  const readStore = value('CONCORD_READ_STORE') ?? 'sqlite';
  if (!isOneOf(READ_STORE_KINDS, readStore)) {
    problems.push(`CONCORD_READ_STORE is "${readStore}"; set one of: ${READ_STORE_KINDS.join(', ')}.`);
  }
  const mongodbUrl = value('MONGODB_URL');
  if (readStore === 'mongodb' && mongodbUrl === undefined) {
    problems.push('CONCORD_READ_STORE is mongodb: set MONGODB_URL, e.g. mongodb://localhost:27017/.');
  }
  if (mongodbUrl !== undefined && !/^mongodb(\+srv)?:\/\//.test(mongodbUrl)) {
    problems.push('MONGODB_URL must start with mongodb:// or mongodb+srv://.');
  }
  const mongodbDatabase = value('MONGODB_DATABASE') ?? DEFAULT_MONGODB_DATABASE;
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(mongodbDatabase)) {
    problems.push('MONGODB_DATABASE must be 1 to 63 letters, digits, "_" or "-" (default concord).');
  }

  const projector = (value('CONCORD_PROJECTOR') ?? 'embedded').toLowerCase();
  if (!isOneOf(PROJECTOR_MODES, projector)) {
    problems.push(
      `CONCORD_PROJECTOR is "${projector}"; set embedded (the API runs the projections) or external ` +
        '(apps/projector runs them).',
    );
  }

  const defaultThreads = Math.max(1, Math.min(MAX_DEFAULT_PROJECTOR_THREADS, cores));
  const projectorThreads = parseInteger(value('CONCORD_PROJECTOR_THREADS'), defaultThreads, 1, MAX_PROJECTOR_THREADS);
  if (projectorThreads === undefined) {
    problems.push(
      `CONCORD_PROJECTOR_THREADS must be a whole number from 1 to ${MAX_PROJECTOR_THREADS} ` +
        `(default ${defaultThreads} here: the cores, at most ${MAX_DEFAULT_PROJECTOR_THREADS}).`,
    );
  }

  const maxDecisionDays = DEFAULT_RULES.complexCaseMaxDays;
  const complaintDecisionDays = parseInteger(
    value('CONCORD_COMPLAINT_DECISION_DAYS'),
    DEFAULT_RULES.complaintDecisionDays,
    1,
    maxDecisionDays,
  );
  if (complaintDecisionDays === undefined) {
    problems.push(
      `CONCORD_COMPLAINT_DECISION_DAYS must be a whole number of days from 1 to ${maxDecisionDays} ` +
        `(the complex-case limit); default ${DEFAULT_RULES.complaintDecisionDays}.`,
    );
  }

  const jwtSecret = value('CONCORD_JWT_SECRET');
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < MIN_SECRET_BYTES) {
    problems.push(
      `CONCORD_JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes for HS256 (generate one with ` +
        `\`openssl rand -base64 32\`), or unset it to have a secret generated into the data folder.`,
    );
  }

  const logLevel = (value('CONCORD_LOG_LEVEL') ?? 'log').toLowerCase();
  if (!isOneOf(LOG_LEVEL_NAMES, logLevel)) {
    problems.push(`CONCORD_LOG_LEVEL is "${logLevel}"; set one of: ${LOG_LEVEL_NAMES.join(', ')}.`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: port as number,
    host,
    dataDir,
    jwtSecret,
    eventStore: eventStore as EventStoreKind,
    eventStoreUrl,
    readStore: readStore as ReadStoreKind,
    mongodbUrl,
    mongodbDatabase,
    projector: projector as ProjectorMode,
    projectorThreads: projectorThreads as number,
    rules: { ...DEFAULT_RULES, complaintDecisionDays: complaintDecisionDays as number },
    logLevel: logLevel as LogLevelName,
  };
};

/**
 * Where the event store is, as openEventStore (libs/event-store) takes it: the SQLite file in the data folder, or
 * EventStoreDB at EVENTSTORE_URL. The same shape is declared there; the compiler checks they agree where the two
 * meet, in the apps.
 */
export const eventStoreLocation = (
  config: ConcordConfig,
): Readonly<{ kind: 'sqlite'; file: string }> | Readonly<{ kind: 'eventstoredb'; url: string }> => {
  switch (config.eventStore) {
    case 'sqlite':
      return { kind: 'sqlite', file: join(config.dataDir, EVENT_STORE_FILE) };
    case 'eventstoredb':
      // loadConfig refuses eventstoredb without a URL; a hand-built config is the only way here without one.
      if (config.eventStoreUrl === undefined) {
        throw new ConfigError([`CONCORD_EVENT_STORE is eventstoredb: set EVENTSTORE_URL, e.g. ${EVENTSTORE_URL_EXAMPLE}.`]);
      }
      return { kind: 'eventstoredb', url: config.eventStoreUrl };
  }
};

const parseInteger = (raw: string | undefined, fallback: number, min: number, max: number): number | undefined => {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const parsed = Number(raw);
  return parsed >= min && parsed <= max ? parsed : undefined;
};

const isOneOf = <T extends string>(allowed: readonly T[], candidate: string): candidate is T =>
  (allowed as readonly string[]).includes(candidate);
