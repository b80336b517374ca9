import { customerScopedId } from '../shared/scoped-id.js';
import { readsOver, SPEC_PROJECTION_ID } from '../testing/memory-reads.fixtures.js';
import type { ComplaintDocument } from './complaint.document.js';
import {
  openComplaintsFilter,
  openComplaintsWorklist as worklistOver,
  type OpenComplaintsParams,
} from './open-complaints.query.js';

const NOW = '2026-03-01T00:00:00.000Z';

const complaint = (
  customerId: string,
  complaintId: string,
  dueAt: string,
  status: 'open' | 'resolved' = 'open',
): ComplaintDocument => ({
  customerId,
  complaintId,
  category: 'payments',
  product: 'debit_card',
  severity: 'high',
  channel: 'phone',
  receivedAt: '2026-02-01T00:00:00.000Z',
  month: '2026-02',
  originalDueAt: dueAt,
  dueAt,
  extensions: 0,
  status,
  resolvedAt: status === 'open' ? null : '2026-02-02T00:00:00.000Z',
  outcome: status === 'open' ? null : 'upheld',
  withinDeadline: status === 'open' ? null : true,
  resolutionMs: status === 'open' ? null : 86_400_000,
});

const complaints = [
  complaint('c-2', 'k-1', '2026-02-20T00:00:00.000Z'),
  complaint('c-1', 'k-1', '2026-02-20T00:00:00.000Z'),
  complaint('c-1', 'k-2', NOW),
  complaint('c-3', 'k-1', '2026-03-05T12:00:00.000Z'),
  complaint('c-4', 'k-1', '2026-01-01T00:00:00.000Z', 'resolved'),
];
const reads = readsOver('complaints', complaints.map((doc) => [customerScopedId(doc.customerId, doc.complaintId), doc]));
const openComplaintsWorklist = (params: OpenComplaintsParams, now: string) =>
  worklistOver(reads, SPEC_PROJECTION_ID, params, now);

const keys = (page: { items: readonly { customerId: string; complaintId: string }[] }) =>
  page.items.map((item) => `${item.customerId}/${item.complaintId}`);

describe('open complaints worklist', () => {
  it('lists open complaints by due date, ties by customer then complaint', async () => {
    const page = await openComplaintsWorklist({ limit: 10 }, NOW);
    expect(keys(page)).toEqual(['c-1/k-1', 'c-2/k-1', 'c-1/k-2', 'c-3/k-1']);
  });

  it('keeps only the overdue ones at the time of the question, due exactly now not included', async () => {
    const page = await openComplaintsWorklist({ overdue: true, limit: 10 }, NOW);
    expect(keys(page)).toEqual(['c-1/k-1', 'c-2/k-1']);
    expect(page.items[0]).toMatchObject({ overdue: true, daysUntilDue: -9, dueAt: '2026-02-20T00:00:00.000Z' });
    expect(keys(await openComplaintsWorklist({ overdue: false, limit: 10 }, NOW))).toEqual(['c-1/k-2', 'c-3/k-1']);
  });

  it('pages with a cursor', async () => {
    const first = await openComplaintsWorklist({ limit: 3 }, NOW);
    expect(keys(first)).toEqual(['c-1/k-1', 'c-2/k-1', 'c-1/k-2']);
    const second = await openComplaintsWorklist({ limit: 3, cursor: first.nextCursor }, NOW);
    expect(keys(second)).toEqual(['c-3/k-1']);
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]?.daysUntilDue).toBe(4.5);
  });

  it('asks the store for one page past the cursor and one complaint more, never for the whole backlog', async () => {
    const asked: unknown[] = [];
    const paging = {
      ...reads,
      find: () => Promise.reject(new Error('the worklist pages; it never fetches every open complaint')),
      page: <Doc>(...args: Parameters<typeof reads.page>) => {
        asked.push(args[3]);
        return reads.page<Doc>(...args);
      },
    };
    const first = await worklistOver(paging, SPEC_PROJECTION_ID, { limit: 2 }, NOW);
    await worklistOver(paging, SPEC_PROJECTION_ID, { limit: 2, cursor: first.nextCursor }, NOW);
    expect(asked).toEqual([
      { orderBy: 'dueAt', after: null, limit: 3 },
      { orderBy: 'dueAt', after: { value: '2026-02-20T00:00:00.000Z', id: 'c-2:k-1' }, limit: 3 },
    ]);
  });

  it('refuses a cursor whose key is not a due date', async () => {
    const foreign = Buffer.from(JSON.stringify(['high', 'c-1:k-1'])).toString('base64url');
    await expect(openComplaintsWorklist({ limit: 2, cursor: foreign }, NOW)).rejects.toThrow(
      expect.objectContaining({ parameter: 'cursor' }),
    );
  });

  it('fetches open complaints by due date', () => {
    expect(openComplaintsFilter({ overdue: true, limit: 10 }, NOW)).toEqual({
      equals: { status: 'open' },
      ranges: [{ field: 'dueAt', from: null, to: NOW }],
    });
    expect(openComplaintsFilter({ overdue: false, limit: 10 }, NOW).ranges).toEqual([{ field: 'dueAt', from: NOW, to: null }]);
    expect(openComplaintsFilter({ limit: 10 }, NOW).ranges).toEqual([]);
  });
});
