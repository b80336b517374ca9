import { CHURN_NOW, calmInputs, churnDocument, troubledInputs } from '../testing/churn-inputs.fixtures.js';
import { CHURN_MODEL_V1 } from './churn-model.v1.js';
import { churnRiskDetail, churnRiskList, churnRiskListFilter, type ChurnRiskListParams } from './churn-risk.query.js';

/** Two open complaints received lately, one overdue, and four months without contact: 15.7 + 16 + 10 + 10 = 51.7. */
const mediumInputs = {
  ...calmInputs,
  lastContactAt: troubledInputs.lastContactAt,
  complaints: troubledInputs.complaints.slice(0, 2),
};
const lateAt = { ...mediumInputs, complaints: [{ ...mediumInputs.complaints[1]!, dueAt: '2026-06-10T00:00:00.000Z' }] };

const docs = [
  churnDocument('c-5', troubledInputs),
  churnDocument('c-2', calmInputs, { segment: 'mass' }),
  churnDocument('c-3', mediumInputs, { relationshipManagerId: 'rm-8' }),
  churnDocument('c-1', troubledInputs),
  churnDocument('c-4', troubledInputs, { status: 'departed' }),
];

const list = (params: Partial<ChurnRiskListParams> = {}) =>
  churnRiskList(docs, { limit: 50, ...params }, CHURN_NOW, CHURN_MODEL_V1);
const ids = (params: Partial<ChurnRiskListParams> = {}) => list(params).items.map((item) => item.customerId);

describe('churn-risk list', () => {
  it('lists active customers highest score first, ties by id, with ids, segment, manager and top factors only', () => {
    const page = list();
    expect(page.items.map((item) => [item.customerId, item.score, item.band])).toEqual([
      ['c-1', 86.7, 'high'],
      ['c-5', 86.7, 'high'],
      ['c-3', 51.7, 'medium'],
      ['c-2', 0, 'low'],
    ]);
    expect(page.items[0]).toEqual({
      customerId: 'c-1',
      score: 86.7,
      band: 'high',
      segment: 'affluent',
      relationshipManagerId: 'rm-7',
      topFactors: [
        { factor: 'open_complaints', contribution: 16 },
        { factor: 'days_since_last_contact', contribution: 15.7 },
        { factor: 'low_csat', contribution: 12 },
      ],
    });
    expect(page.items[3]?.topFactors).toEqual([]);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by band, segment and relationship manager', () => {
    expect(ids({ band: 'high' })).toEqual(['c-1', 'c-5']);
    expect(ids({ band: 'medium' })).toEqual(['c-3']);
    expect(ids({ segment: 'mass' })).toEqual(['c-2']);
    expect(ids({ relationshipManagerId: 'rm-8' })).toEqual(['c-3']);
    expect(ids({ segment: 'affluent', band: 'low' })).toEqual([]);
  });

  it('pages with a cursor', () => {
    const first = list({ limit: 3 });
    expect(first.items.map((item) => item.customerId)).toEqual(['c-1', 'c-5', 'c-3']);
    expect(list({ limit: 3, cursor: first.nextCursor })).toEqual({
      items: [expect.objectContaining({ customerId: 'c-2' })],
      nextCursor: null,
    });
  });

  it('scores at the time of the question: the same documents rank differently a week later', () => {
    const docsLater = [churnDocument('c-3', lateAt), churnDocument('c-2', calmInputs)];
    const at = (now: string) => churnRiskList(docsLater, { limit: 50 }, now, CHURN_MODEL_V1).items.map((i) => i.score);
    // 124 days without contact (15.7) + 1 open (8) + 1 recent (5); not yet due.
    expect(at(CHURN_NOW)).toEqual([28.7, 0]);
    // 138 days: 25 × 108 / 150 = 18, + open 8 + recent 5, and now overdue: + 10.
    expect(at('2026-06-15T00:00:00.000Z')).toEqual([41, 0]);
  });

  it('fetches only active customers of the requested segment or manager', () => {
    expect(churnRiskListFilter({ limit: 10, segment: 'mass', band: 'high' })).toEqual({
      equals: { status: 'active', segment: 'mass' },
      range: null,
    });
    expect(churnRiskListFilter({ limit: 10, relationshipManagerId: 'rm-8' })).toEqual({
      equals: { status: 'active', relationshipManagerId: 'rm-8' },
      range: null,
    });
  });
});

describe('churn-risk detail', () => {
  it('explains the score with every factor, the model version and the time it describes', () => {
    const detail = churnRiskDetail(docs[3], CHURN_NOW, CHURN_MODEL_V1);
    expect(detail).toMatchObject({ customerId: 'c-1', score: 86.7, band: 'high', modelVersion: 'churn-v1' });
    expect(detail?.asOf).toBe(CHURN_NOW);
    expect(detail?.factors).toHaveLength(9);
    expect(detail?.factors[0]).toEqual({ factor: 'open_complaints', contribution: 16, detail: '2 complaints open' });
  });

  it('has nothing for a departed or unknown customer', () => {
    expect(churnRiskDetail(docs[4], CHURN_NOW, CHURN_MODEL_V1)).toBeNull();
    expect(churnRiskDetail(null, CHURN_NOW, CHURN_MODEL_V1)).toBeNull();
  });
});
