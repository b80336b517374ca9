import { ConfigError } from '@concord/config';
import { ALL_PROJECTIONS, DEFAULT_CATCH_UP, type CatchUpOptions, type Projection } from '@concord/read-models';

/** What apps/projector reads beyond the shared configuration. */
export type ProjectorSettings = Readonly<{
  /** CONCORD_PROJECTIONS: names to run, comma-separated (default all), to spread projections over processes. */
  projections: readonly Projection[];
  /** CONCORD_PROJECTOR_BATCH_SIZE: events read per batch. Default 1000. */
  batchSize: number;
  /** CONCORD_PROJECTOR_COMMIT_INTERVAL_MS and CONCORD_PROJECTOR_CACHED_DOCUMENTS: pacing while catching up. */
  catchUp: Required<CatchUpOptions>;
}>;

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULTS = { batchSize: 1000, ...DEFAULT_CATCH_UP } as const;

/** Reads every setting at once, so one start-up error names all that is wrong. */
export const loadProjectorSettings = (env: Env, available: readonly Projection[] = ALL_PROJECTIONS): ProjectorSettings => {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (parsed >= min && parsed <= max) return parsed;
    problems.push(`${name} must be a whole number from ${min} to ${max} (default ${fallback}).`);
    return fallback;
  };

  const names = value('CONCORD_PROJECTIONS')?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const known = available.map((projection) => projection.name);
  const unknown = (names ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    problems.push(`CONCORD_PROJECTIONS names unknown projections (${unknown.join(', ')}); choose among ${known.join(', ')}.`);
  }
  const settings: ProjectorSettings = {
    projections: names === undefined ? available : available.filter((projection) => names.includes(projection.name)),
    batchSize: whole('CONCORD_PROJECTOR_BATCH_SIZE', DEFAULTS.batchSize, 1, 100_000),
    catchUp: {
      commitIntervalMs: whole('CONCORD_PROJECTOR_COMMIT_INTERVAL_MS', DEFAULTS.commitIntervalMs, 0, 3_600_000),
      cachedDocuments: whole('CONCORD_PROJECTOR_CACHED_DOCUMENTS', DEFAULTS.cachedDocuments, 1, 100_000_000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
};
