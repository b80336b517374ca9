import type { Channel, Segment } from '@concord/contracts';
import { readsOver, SPEC_PROJECTION_ID } from '../testing/memory-reads.fixtures.js';
import { satisfactionDashboard as dashboardOver, satisfactionFilter, type SatisfactionParams } from './satisfaction.query.js';
import type { SurveyResponseDocument } from './satisfaction.document.js';

let next = 0;
const response = (
  kind: 'csat' | 'nps',
  score: number,
  respondedAt: string,
  segment: Segment | null,
  channel: Channel = 'phone',
): SurveyResponseDocument => {
  next += 1;
  const month = respondedAt.slice(0, 7);
  return { customerId: `c-${next}`, surveyId: 's', kind, score, channel, segment, respondedAt, month };
};

const responses = [
  // January, mass: CSAT 5, 4, 2 → 2 of 3 satisfied = 66.7%, mean 11/3 = 3.7; NPS 10, 6 → 50 − 50 = 0.
  response('csat', 5, '2026-01-03T00:00:00.000Z', 'mass'),
  response('csat', 4, '2026-01-04T00:00:00.000Z', 'mass', 'branch'),
  response('csat', 2, '2026-01-31T23:59:59.999Z', 'mass'),
  response('nps', 10, '2026-01-10T00:00:00.000Z', 'mass'),
  response('nps', 6, '2026-01-11T00:00:00.000Z', 'mass'),
  // January, affluent: NPS 9, 9, 8, 3 → 50 − 25 = 25; no CSAT.
  response('nps', 9, '2026-01-12T00:00:00.000Z', 'affluent'),
  response('nps', 9, '2026-01-13T00:00:00.000Z', 'affluent'),
  response('nps', 8, '2026-01-14T00:00:00.000Z', 'affluent'),
  response('nps', 3, '2026-01-15T00:00:00.000Z', 'affluent'),
  // February, not yet classified: CSAT 3.
  response('csat', 3, '2026-02-01T00:00:00.000Z', null),
  // March: outside the range below.
  response('csat', 1, '2026-03-01T00:00:00.000Z', 'mass'),
];

const reads = readsOver('survey_responses', responses.map((doc) => [`${doc.customerId}:${doc.surveyId}`, doc]));
const satisfactionDashboard = (params: SatisfactionParams) => dashboardOver(reads, SPEC_PROJECTION_ID, params);

const range = { from: '2026-01-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' };

describe('satisfaction dashboard', () => {
  it('computes CSAT and NPS per month and segment, omitting empty groups', async () => {
    expect(await satisfactionDashboard({ range, groupBy: ['month', 'segment'] })).toEqual({
      rows: [
        {
          month: '2026-01',
          segment: 'affluent',
          csatResponses: 0,
          csatAverage: null,
          csatSatisfiedPct: null,
          npsResponses: 4,
          promoters: 2,
          passives: 1,
          detractors: 1,
          npsScore: 25,
        },
        {
          month: '2026-01',
          segment: 'mass',
          csatResponses: 3,
          csatAverage: 3.7,
          csatSatisfiedPct: 66.7,
          npsResponses: 2,
          promoters: 1,
          passives: 0,
          detractors: 1,
          npsScore: 0,
        },
        {
          month: '2026-02',
          segment: null,
          csatResponses: 1,
          csatAverage: 3,
          csatSatisfiedPct: 0,
          npsResponses: 0,
          promoters: 0,
          passives: 0,
          detractors: 0,
          npsScore: null,
        },
      ],
      // CSAT 5, 4, 2, 3 → 50%, mean 3.5; NPS 10, 6, 9, 9, 8, 3 → 3 promoters − 2 detractors of 6 = 16.7.
      totals: {
        csatResponses: 4,
        csatAverage: 3.5,
        csatSatisfiedPct: 50,
        npsResponses: 6,
        promoters: 3,
        passives: 1,
        detractors: 2,
        npsScore: 16.7,
      },
    });
  });

  it('groups by the channel the survey was answered on', async () => {
    const { rows } = await satisfactionDashboard({ range, groupBy: ['channel'] });
    expect(rows.map((row) => [row.channel, row.csatResponses, row.npsResponses])).toEqual([
      ['branch', 1, 0],
      ['phone', 3, 6],
    ]);
  });

  it('gives one row for everything when not grouped, and nothing but zero totals for an empty range', async () => {
    expect((await satisfactionDashboard({ range, groupBy: [] })).rows).toHaveLength(1);
    const later = { from: '2027-01-01T00:00:00.000Z', to: null };
    const empty = await satisfactionDashboard({ range: later, groupBy: ['month'] });
    expect(empty).toEqual({
      rows: [],
      totals: {
        csatResponses: 0,
        csatAverage: null,
        csatSatisfiedPct: null,
        npsResponses: 0,
        promoters: 0,
        passives: 0,
        detractors: 0,
        npsScore: null,
      },
    });
  });

  it('selects responses by respondedAt', () => {
    expect(satisfactionFilter({ range, groupBy: [] })).toEqual({
      equals: {},
      ranges: [{ field: 'respondedAt', from: range.from, to: range.to }],
    });
  });
});
