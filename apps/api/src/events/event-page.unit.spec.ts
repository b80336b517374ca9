import { customerStream, type EventMetadata } from '@concord/contracts';
import type { Position, StoredEvent } from '@concord/event-store';
import type { EventFeedParams } from './event-feed.params.js';
import { PAGE_SCAN_BUDGET, readEventPage } from './event-page.js';

const metadata = (position: number): EventMetadata => ({
  eventId: `e-${position}`,
  commandId: `cmd-${position}`,
  correlationId: 'corr',
  causationId: `cmd-${position}`,
  actor: { id: 'rm-7', role: 'relationship_manager' },
  occurredAt: '2026-01-05T09:00:00.000Z',
  recordedAt: '2026-01-05T09:00:00.000Z',
  schemaVersion: 1,
});

/** A log where every tenth event is a complaint by c-2 and the rest are surveys of c-1. */
const log = (size: number): StoredEvent[] =>
  Array.from({ length: size }, (_, index) => {
    const position = index + 1;
    const complaint = position % 10 === 0;
    const customerId = complaint ? 'c-2' : 'c-1';
    return {
      stream: customerStream(customerId),
      revision: index,
      position,
      type: complaint ? 'CustomerComplained' : 'CustomerSurveyed',
      data: complaint
        ? { customerId, complaintId: `k-${position}`, severity: 'high', description: 'They said things.' }
        : { customerId, surveyId: `s-${position}`, kind: 'nps', score: 9, comment: 'Lovely staff, Li Wei' },
      metadata: metadata(position),
      hash: 'h',
      previousHash: null,
    };
  });

const readAllOf = (events: readonly StoredEvent[]) => {
  const reads: number[] = [];
  const readAll = async (after: Position, limit: number) => {
    reads.push(after);
    return events.filter((event) => event.position > after).slice(0, limit);
  };
  return { readAll, reads };
};

const params = (overrides: Partial<EventFeedParams> = {}): EventFeedParams => ({
  after: 0,
  limit: 100,
  filter: {},
  ...overrides,
});

const service = { personalData: false };

describe('readEventPage', () => {
  it('given no filter, then it returns `limit` events after `after` and the last one as nextAfter', async () => {
    const { readAll } = readAllOf(log(50));
    const page = await readEventPage(readAll, params({ after: 10, limit: 5 }), service);
    expect(page.events.map((event) => event.position)).toEqual([11, 12, 13, 14, 15]);
    expect(page.nextAfter).toBe(15);
  });

  it('given the head of the log, then the page is empty and nextAfter stays at after', async () => {
    const { readAll } = readAllOf(log(5));
    expect(await readEventPage(readAll, params({ after: 5 }), service)).toEqual({ events: [], nextAfter: 5 });
  });

  it('given a type filter, then skipped events still move nextAfter on', async () => {
    const { readAll } = readAllOf(log(25));
    const filter = { types: new Set(['CustomerComplained'] as const) };
    const page = await readEventPage(readAll, params({ filter }), service);
    expect(page.events.map((event) => event.position)).toEqual([10, 20]);
    expect(page.nextAfter).toBe(25);
  });

  it('given a page filled by the filter, then nextAfter is the last event returned, not the last one read', async () => {
    const { readAll } = readAllOf(log(100));
    const page = await readEventPage(readAll, params({ limit: 2, filter: { customerId: 'c-2' } }), service);
    expect(page.events.map((event) => event.position)).toEqual([10, 20]);
    expect(page.nextAfter).toBe(20);
  });

  it('given a filter that matches nothing in a long log, then one request reads at most the scan budget', async () => {
    const { readAll } = readAllOf(log(PAGE_SCAN_BUDGET + 500));
    const page = await readEventPage(readAll, params({ filter: { customerId: 'c-9' } }), service);
    expect(page).toEqual({ events: [], nextAfter: PAGE_SCAN_BUDGET });
    const next = await readEventPage(readAll, params({ after: page.nextAfter, filter: { customerId: 'c-9' } }), service);
    expect(next).toEqual({ events: [], nextAfter: PAGE_SCAN_BUDGET + 500 });
  });

  it('given an audience without personal data, then free text leaves the page out', async () => {
    const { readAll } = readAllOf(log(10));
    const page = await readEventPage(readAll, params(), service);
    expect(JSON.stringify(page)).not.toMatch(/Li Wei|They said things/);
  });
});
