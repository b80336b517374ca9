import { ConfigError } from '@concord/config';
import { ALL_PROJECTIONS, projectionId } from '@concord/read-models';
import { loadProjectorSettings } from './projector.settings.js';

describe('loadProjectorSettings', () => {
  it('runs every projection with the default pacing when nothing is set', () => {
    expect(loadProjectorSettings({})).toEqual({
      projections: ALL_PROJECTIONS,
      batchSize: 1000,
      catchUp: { commitIntervalMs: 60_000, cachedDocuments: 300_000 },
    });
  });

  it('runs the projections named, in their usual order, with the pacing given', () => {
    const settings = loadProjectorSettings({
      CONCORD_PROJECTIONS: ' complaints, customer-360 ',
      CONCORD_PROJECTOR_BATCH_SIZE: '5000',
      CONCORD_PROJECTOR_COMMIT_INTERVAL_MS: '0',
      CONCORD_PROJECTOR_CACHED_DOCUMENTS: '20000',
    });

    const idOf = (name: string) => projectionId(ALL_PROJECTIONS.find((projection) => projection.name === name)!);
    expect(settings.projections.map(projectionId)).toEqual([idOf('customer-360'), idOf('complaints')]);
    expect(settings).toMatchObject({ batchSize: 5000, catchUp: { commitIntervalMs: 0, cachedDocuments: 20_000 } });
  });

  it('names every problem at once', () => {
    const attempt = () =>
      loadProjectorSettings({ CONCORD_PROJECTIONS: 'churn, complaints', CONCORD_PROJECTOR_BATCH_SIZE: '0', CONCORD_PROJECTOR_CACHED_DOCUMENTS: 'many' });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/CONCORD_PROJECTIONS names unknown projections \(churn\)/);
    expect(attempt).toThrow(/CONCORD_PROJECTOR_BATCH_SIZE must be a whole number from 1 to 100000/);
    expect(attempt).toThrow(/CONCORD_PROJECTOR_CACHED_DOCUMENTS must be a whole number/);
  });
});
