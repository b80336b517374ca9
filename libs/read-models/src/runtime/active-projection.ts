import type { ProjectionRecord } from './read-model-store.port.js';

/**
 * The version queries read: the highest `live` version of that name. A new version building beside it is not
 * live until caught up, so queries never see a half-built read model. Null: none is live (not built yet, or failed).
 */
export const activeProjectionId = (records: readonly ProjectionRecord[], name: string): string | null => {
  let active: ProjectionRecord | null = null;
  for (const record of records) {
    if (record.name === name && record.status === 'live' && (active === null || record.version > active.version)) {
      active = record;
    }
  }
  return active?.projectionId ?? null;
};
