import type { ProjectionRecord, ReadModelStore } from '@concord/read-models';
import { ReadModelFailed, ReadModelNotReady } from './read-model.errors.js';
import { ReadModelReader } from './read-model.reader.js';

const record = (version: number, status: ProjectionRecord['status'], failed = false): ProjectionRecord => ({
  projectionId: `complaints.v${version}`,
  name: 'complaints',
  version,
  checkpoint: 40,
  status,
  failure: failed
    ? { position: 41, eventType: 'CustomerComplained', message: 'boom', failedAt: '2026-11-28T10:00:00.000Z' }
    : null,
  updatedAt: '2026-11-28T10:00:00.000Z',
});

const readerOver = (records: ProjectionRecord[]): ReadModelReader =>
  new ReadModelReader({ records: async () => records } as unknown as ReadModelStore, { timeoutMs: 0, pollMs: 1 });

describe('ReadModelReader: which version a query reads', () => {
  it('reads the live version while a newer one is being built', async () => {
    const reader = readerOver([record(1, 'live'), record(2, 'rebuilding')]);
    await expect(reader.projectionIds(['complaints'], undefined)).resolves.toEqual(['complaints.v1']);
  });

  it('keeps reading the live version when a newer one fails while building', async () => {
    const reader = readerOver([record(1, 'live'), record(2, 'failed', true)]);
    await expect(reader.projectionIds(['complaints'], undefined)).resolves.toEqual(['complaints.v1']);
  });

  it('answers not ready while no version has been built', async () => {
    const reader = readerOver([record(1, 'rebuilding')]);
    await expect(reader.projectionIds(['complaints'], undefined)).rejects.toBeInstanceOf(ReadModelNotReady);
  });

  it('answers failed, with where it stopped, when the only version failed', async () => {
    const reader = readerOver([record(1, 'failed', true)]);
    const answer = reader.projectionIds(['complaints'], undefined);
    await expect(answer).rejects.toBeInstanceOf(ReadModelFailed);
    await expect(answer).rejects.toMatchObject({
      projection: 'complaints',
      failure: { position: 41, eventType: 'CustomerComplained', failedAt: '2026-11-28T10:00:00.000Z' },
    });
  });
});
