import { LAG_EVENTS_CAP, type ProjectionStatusView } from '@concord/read-models';
import { formatStatusTable } from './status-table.js';

const view = (overrides: Partial<ProjectionStatusView>): ProjectionStatusView => ({
  name: 'churn-risk',
  version: 1,
  projectionId: 'churn-risk.v1',
  status: 'live',
  active: true,
  checkpoint: 1200,
  lagEvents: 0,
  lagSeconds: 0,
  failure: null,
  ...overrides,
});

describe('formatStatusTable', () => {
  it('aligns the columns and explains a failure', () => {
    const failure = { position: 88, eventType: 'CustomerComplained', message: 'boom', failedAt: '2026-01-01T00:00Z' };
    expect(
      formatStatusTable([
        view({}),
        view({
          name: 'complaints',
          projectionId: 'complaints.v2',
          status: 'failed',
          active: false,
          checkpoint: 87,
          lagEvents: 1113,
          lagSeconds: 42.4,
          failure,
        }),
      ]),
    ).toEqual([
      'PROJECTION     STATUS  ACTIVE  CHECKPOINT  LAG EVENTS  LAG SECONDS  FAILURE',
      'churn-risk.v1  live    yes           1200           0            0',
      'complaints.v2  failed  no              87        1113           42  CustomerComplained at position 88: boom',
    ]);
  });

  it('says what to do when nothing has been built', () => {
    expect(formatStatusTable([])).toEqual([expect.stringContaining('concord rebuild all')]);
  });

  it('shows a lag counted to the cap as at least that many', () => {
    const [, row] = formatStatusTable([view({ status: 'rebuilding', checkpoint: 4096, lagEvents: LAG_EVENTS_CAP })]);
    expect(row).toContain(`${LAG_EVENTS_CAP}+`);
  });
});
