import type { ReadModelReads } from '../runtime/read-model-store.port.js';
import type { DocumentFilter } from '../shared/document-filter.js';
import { CHURN_NOW, calmInputs, churnDocument, troubledInputs } from '../testing/churn-inputs.fixtures.js';
import { readsOver, SPEC_PROJECTION_ID } from '../testing/memory-reads.fixtures.js';
import type { ChurnInputsDocument } from './churn-inputs.document.js';
import { CHURN_MODEL_V1 } from './churn-model.v1.js';
import { churnRiskDetail, churnRiskList, type ChurnRiskListParams } from './churn-risk.query.js';

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

const readsOf = (listed: readonly ChurnInputsDocument[]): ReadModelReads =>
  readsOver('churn_inputs', listed.map((doc) => [doc.customerId, doc]));

const list = (params: Partial<ChurnRiskListParams> = {}, now = CHURN_NOW, listed = docs) =>
  churnRiskList(readsOf(listed), SPEC_PROJECTION_ID, { limit: 50, ...params }, now);
const ids = async (params: Partial<ChurnRiskListParams> = {}) => (await list(params)).items.map((item) => item.customerId);

describe('churn-risk list', () => {
  it('lists active customers highest score first, ties by id, with ids, segment, manager and top factors only', async () => {
    const page = await list();
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

  it('filters by band, segment and relationship manager', async () => {
    expect(await ids({ band: 'high' })).toEqual(['c-1', 'c-5']);
    expect(await ids({ band: 'medium' })).toEqual(['c-3']);
    expect(await ids({ band: 'low' })).toEqual(['c-2']);
    expect(await ids({ segment: 'mass' })).toEqual(['c-2']);
    expect(await ids({ relationshipManagerId: 'rm-8' })).toEqual(['c-3']);
    expect(await ids({ segment: 'affluent', band: 'low' })).toEqual([]);
  });

  it('pages with a cursor', async () => {
    const first = await list({ limit: 3 });
    expect(first.items.map((item) => item.customerId)).toEqual(['c-1', 'c-5', 'c-3']);
    expect(await list({ limit: 3, cursor: first.nextCursor })).toEqual({
      items: [expect.objectContaining({ customerId: 'c-2' })],
      nextCursor: null,
    });
  });

  it('scores at the time of the question: the same documents rank differently a week later', async () => {
    const docsLater = [churnDocument('c-3', lateAt), churnDocument('c-2', calmInputs)];
    const at = async (now: string) => (await list({}, now, docsLater)).items.map((i) => i.score);
    // 124 days without contact (15.7) + 1 open (8) + 1 recent (5); not yet due.
    expect(await at(CHURN_NOW)).toEqual([28.7, 0]);
    // 138 days: 25 × 108 / 150 = 18, + open 8 + recent 5, and now overdue: + 10.
    expect(await at('2026-06-15T00:00:00.000Z')).toEqual([41, 0]);
  });

  it('scores customers as of a time before their latest facts too', async () => {
    // Troubled facts reach 2026-05-20; a week earlier, complaint b is not received yet but is counted (it is a fact
    // of the document), and the CSAT of 2026-05-15 is in the future: scored outright, as the detail would.
    const earlier = '2026-05-13T00:00:00.000Z';
    const page = await list({ limit: 2 }, earlier);
    expect(page.items.map((item) => [item.customerId, item.score])).toEqual(
      ['c-1', 'c-5'].map((id) => [id, churnRiskDetail(docs.find((doc) => doc.customerId === id), earlier, CHURN_MODEL_V1)?.score]),
    );
  });

  it('scores only the customers whose bound can reach the page, not every active customer', async () => {
    const calm = Array.from({ length: 40 }, (_, index) => churnDocument(`c-calm-${index}`, calmInputs));
    const listed = [...calm, churnDocument('c-1', troubledInputs), churnDocument('c-3', mediumInputs)];
    const fetched = new Set<string>();
    const reads = readsOf(listed);
    const counting: ReadModelReads = {
      ...reads,
      find: async <Doc>(id: string, collection: string, filter: DocumentFilter) => {
        const found = await reads.find<Doc>(id, collection, filter);
        for (const doc of found) fetched.add((doc as ChurnInputsDocument).customerId);
        return found;
      },
    };
    const page = await churnRiskList(counting, SPEC_PROJECTION_ID, { limit: 1 }, CHURN_NOW);
    expect(page.items.map((item) => item.customerId)).toEqual(['c-1']);
    expect(page.nextCursor).not.toBeNull();
    // c-1 scores 86.7, c-3 51.7 (at most 61.7): the page is known before any calm customer (bound 0) is read.
    expect([...fetched].filter((id) => id.startsWith('c-calm'))).toEqual([]);
    const all = await churnRiskList(counting, SPEC_PROJECTION_ID, { limit: 50 }, CHURN_NOW);
    expect(all.items).toHaveLength(42);
  });

  it('refuses a cursor whose key is not a score', async () => {
    const foreign = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'c-1'])).toString('base64url');
    await expect(list({ cursor: foreign })).rejects.toThrow(expect.objectContaining({ parameter: 'cursor' }));
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
