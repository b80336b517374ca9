import { parseArgs } from 'node:util';
import { ALL_PROJECTIONS, projectionId, rebuildProjection, type Projection } from '@concord/read-models';
import type { CliVariables } from '../cli-environment.js';
import { CommandFailed, UsageError, type CliOutput } from '../cli-output.js';
import { openStores } from './open-stores.js';
import { createProgressReporter, formatDuration } from './progress-bar.js';

const names = (): string => ALL_PROJECTIONS.map((projection) => projection.name).join(', ');

export const REBUILD_USAGE = `concord rebuild <projection|all> [--batch-size N]
  Rebuilds read models from the whole event log, with a progress bar on stderr.
  Stop every projector using the same read store first (the API with CONCORD_PROJECTOR=embedded, the default,
  and apps/projector). Projections: ${names()}.`;

/** Events read and applied per batch (one load and one commit each), as rebuildProjection's own default. */
export const DEFAULT_BATCH_SIZE = 1000;
const MAX_BATCH_SIZE = 10_000;

const parseBatchSize = (raw: string | undefined): number => {
  if (raw === undefined) return DEFAULT_BATCH_SIZE;
  const size = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE) {
    const range = `from 1 to ${MAX_BATCH_SIZE} (default ${DEFAULT_BATCH_SIZE})`;
    throw new UsageError(`--batch-size must be a whole number ${range}.`);
  }
  return size;
};

/** A projection by its name (`churn-risk`) or id (`churn-risk.v1`); `all` for every one. */
export const selectProjections = (wanted: string): readonly Projection[] => {
  if (wanted === 'all') return ALL_PROJECTIONS;
  const found = ALL_PROJECTIONS.find((p) => p.name === wanted || projectionId(p) === wanted);
  if (found === undefined) {
    throw new CommandFailed(`There is no projection "${wanted}". Rebuild one of: ${names()}; or all.`);
  }
  return [found];
};

/**
 * rebuildProjection drops the version and builds it again in place. A projector running elsewhere would keep
 * committing to that version from its own checkpoint, interleaving its batches with the rebuild's, so the
 * documents would no longer be a fold of the log. Nothing here can see other processes, so the operator is told,
 * every time.
 */
const CONCURRENCY_WARNING =
  'Rebuilding drops the read model and replays the whole event log into it; queries on it answer 503 ' +
  'READ_MODEL.NOT_READY until it is done. Stop every projector using this read store first (the API with ' +
  'CONCORD_PROJECTOR=embedded, the default, and apps/projector) and start them again afterwards: a projector ' +
  'running alongside would write the same documents while they are rebuilt.';

export const rebuildCommand = async (args: string[], variables: CliVariables, output: CliOutput): Promise<void> => {
  const { values, positionals } = parseArgs({
    args,
    options: { 'batch-size': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [wanted, ...extra] = positionals;
  if (wanted === undefined) throw new UsageError(`Name the projection to rebuild (${names()}), or all.`);
  if (extra.length > 0) throw new UsageError(`Rebuild one projection, or all; unexpected: ${extra.join(' ')}.`);
  const batchSize = parseBatchSize(values['batch-size']);
  const projections = selectProjections(wanted);

  const stores = await openStores(variables);
  try {
    output.err(`Warning: ${CONCURRENCY_WARNING}`);
    for (const projection of projections) {
      const id = projectionId(projection);
      const started = Date.now();
      const progress = createProgressReporter(id, output.progress);
      await rebuildProjection({
        events: stores.events,
        store: stores.store,
        projection,
        batchSize,
        onProgress: progress.update,
      });
      progress.finish();
      output.out(`${id}: rebuilt in ${formatDuration((Date.now() - started) / 1000)}.`);
    }
  } finally {
    await stores.close();
  }
};
