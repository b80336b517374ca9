import type { ProjectionRecord } from '@concord/read-models';
import { healthReport } from './health-report.js';
import { probe } from './probe.js';

const record = (status: ProjectionRecord['status']): ProjectionRecord => ({
  projectionId: `p-${status}.v1`,
  name: `p-${status}`,
  version: 1,
  checkpoint: 3,
  status,
  failure: null,
  updatedAt: '2026-11-28T10:00:00.000Z',
});

describe('healthReport', () => {
  it('is ok when both stores answer and no projection failed', () => {
    expect(healthReport({ ok: true, value: 7 }, { ok: true, value: [record('live'), record('rebuilding')] })).toEqual({
      status: 'ok',
      eventStore: { status: 'up', headPosition: 7 },
      readStore: { status: 'up', projections: { live: 1, rebuilding: 1, failed: 0, stopped: 0 } },
    });
  });

  it('is degraded, not unavailable, when a projection failed or the read store does not answer', () => {
    expect(healthReport({ ok: true, value: 7 }, { ok: true, value: [record('live'), record('failed')] }).status).toBe(
      'degraded',
    );
    expect(healthReport({ ok: true, value: 7 }, { ok: false, reason: 'timeout' })).toEqual({
      status: 'degraded',
      eventStore: { status: 'up', headPosition: 7 },
      readStore: { status: 'down' },
    });
  });

  it('is unavailable when the event store does not answer, whatever the read store says', () => {
    expect(healthReport({ ok: false, reason: 'closed' }, { ok: true, value: [] })).toEqual({
      status: 'unavailable',
      eventStore: { status: 'down' },
      readStore: { status: 'up', projections: { live: 0, rebuilding: 0, failed: 0, stopped: 0 } },
    });
  });
});

describe('probe', () => {
  it('reports the value, the error, or the deadline', async () => {
    await expect(probe(async () => 1, 1000)).resolves.toEqual({ ok: true, value: 1 });
    await expect(probe(() => Promise.reject(new Error('refused')), 1000)).resolves.toEqual({ ok: false, reason: 'refused' });
    await expect(probe(() => new Promise(() => undefined), 10)).resolves.toEqual({ ok: false, reason: 'no answer within 10 ms' });
  });
});
