import type { ConcordEvent } from '@concord/subscriber';

const metadata = (position: number) => ({
  eventId: `e-${position}`,
  correlationId: 'corr',
  causationId: 'cmd',
  actor: { id: 'ch-3', role: 'complaint_handler' as const },
  occurredAt: '2026-03-01T00:00:00.000Z',
  recordedAt: '2026-03-01T00:00:00.000Z',
  schemaVersion: 1,
});

const envelope = (position: number, customerId: string) => ({
  eventId: `e-${position}`,
  stream: `customer-${customerId}`,
  revision: position,
  position,
  metadata: metadata(position),
});

/** Complaint events as the feed publishes them to a service (no description, no resolution text). */
export const complained = (
  position: number,
  complaintId: string,
  severity: 'low' | 'medium' | 'high' | 'critical',
  dueAt: string,
  customerId = 'c-1',
): ConcordEvent => ({
  ...envelope(position, customerId),
  type: 'CustomerComplained',
  data: {
    customerId,
    complaintId,
    category: 'fees_and_charges',
    product: 'credit_card',
    severity,
    channel: 'phone',
    staffInvolved: [],
    receivedAt: '2026-03-01T00:00:00.000Z',
    dueAt,
  },
});

export const extended = (position: number, complaintId: string, newDueAt: string, customerId = 'c-1'): ConcordEvent => ({
  ...envelope(position, customerId),
  type: 'ComplaintDeadlineExtended',
  data: {
    customerId,
    complaintId,
    extension: 1,
    previousDueAt: '2026-03-16T00:00:00.000Z',
    newDueAt,
    extendedAt: '2026-03-02T00:00:00.000Z',
  },
});

export const resolved = (position: number, complaintId: string, customerId = 'c-1'): ConcordEvent => ({
  ...envelope(position, customerId),
  type: 'ComplaintResolved',
  data: {
    customerId,
    complaintId,
    outcome: 'upheld',
    handlerId: 'ch-3',
    resolvedAt: '2026-03-03T00:00:00.000Z',
    withinDeadline: true,
  },
});
