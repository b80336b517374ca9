import type { Projection } from '../projection.js';
import type { ProjectorLog } from './projector-log.js';
import type { ReadModelStore } from './read-model-store.port.js';

/**
 * After the switch to a live version, drops every older version of its name. `retire` lets a projector first stop
 * feeding a version it runs, so no batch of it is committed into a dropped table.
 */
export const dropOlderVersions = async (
  store: ReadModelStore,
  live: Pick<Projection, 'name' | 'version'>,
  retire: (projectionId: string) => Promise<void>,
  log: ProjectorLog,
): Promise<void> => {
  for (const record of await store.records()) {
    if (record.name !== live.name || record.version >= live.version) continue;
    await retire(record.projectionId);
    await store.drop(record.projectionId);
    log.log(`${record.projectionId} dropped: ${live.name}.v${live.version} is live.`);
  }
};
