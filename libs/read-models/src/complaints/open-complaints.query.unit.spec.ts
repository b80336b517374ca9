import type { ComplaintDocument } from './complaint.document.js';
import { openComplaintsFilter, openComplaintsWorklist } from './open-complaints.query.js';

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
});

const complaints = [
  complaint('c-2', 'k-1', '2026-02-20T00:00:00.000Z'),
  complaint('c-1', 'k-1', '2026-02-20T00:00:00.000Z'),
  complaint('c-1', 'k-2', NOW),
  complaint('c-3', 'k-1', '2026-03-05T12:00:00.000Z'),
  complaint('c-4', 'k-1', '2026-01-01T00:00:00.000Z', 'resolved'),
];
const keys = (page: { items: readonly { customerId: string; complaintId: string }[] }) =>
  page.items.map((item) => `${item.customerId}/${item.complaintId}`);

describe('open complaints worklist', () => {
  it('lists open complaints by due date, ties by customer then complaint', () => {
    const page = openComplaintsWorklist(complaints, { limit: 10 }, NOW);
    expect(keys(page)).toEqual(['c-1/k-1', 'c-2/k-1', 'c-1/k-2', 'c-3/k-1']);
  });

  it('keeps only the overdue ones at the time of the question, due exactly now not included', () => {
    const page = openComplaintsWorklist(complaints, { overdue: true, limit: 10 }, NOW);
    expect(keys(page)).toEqual(['c-1/k-1', 'c-2/k-1']);
    expect(page.items[0]).toMatchObject({ overdue: true, daysUntilDue: -9, dueAt: '2026-02-20T00:00:00.000Z' });
    expect(keys(openComplaintsWorklist(complaints, { overdue: false, limit: 10 }, NOW))).toEqual(['c-1/k-2', 'c-3/k-1']);
  });

  it('pages with a cursor', () => {
    const first = openComplaintsWorklist(complaints, { limit: 3 }, NOW);
    expect(keys(first)).toEqual(['c-1/k-1', 'c-2/k-1', 'c-1/k-2']);
    const second = openComplaintsWorklist(complaints, { limit: 3, cursor: first.nextCursor }, NOW);
    expect(keys(second)).toEqual(['c-3/k-1']);
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]?.daysUntilDue).toBe(4.5);
  });

  it('fetches open complaints by due date', () => {
    expect(openComplaintsFilter({ overdue: true, limit: 10 }, NOW)).toEqual({
      equals: { status: 'open' },
      range: { field: 'dueAt', from: null, to: NOW },
    });
    expect(openComplaintsFilter({ overdue: false, limit: 10 }, NOW).range).toEqual({ field: 'dueAt', from: NOW, to: null });
    expect(openComplaintsFilter({ limit: 10 }, NOW).range).toBeNull();
  });
});
