import { toProjectedEvents } from '@concord/testing';
import fc from 'fast-check';
import type { ChurnInputsDocument } from './churn-risk/churn-inputs.document.js';
import { CHURN_BANDS } from './churn-risk/churn-model.js';
import { CHURN_MODEL_V1 } from './churn-risk/churn-model.v1.js';
import { churnRiskDetail, churnRiskList } from './churn-risk/churn-risk.query.js';
import { COMPLAINT_DIMENSIONS, complaintsDashboard } from './complaints/complaints-dashboard.query.js';
import { openComplaintsWorklist } from './complaints/open-complaints.query.js';
import { COVERAGE_DIMENSIONS, contactCoverage } from './contact-coverage/contact-coverage.query.js';
import type { Customer360Document } from './customer-360/customer-360.document.js';
import { customer360View } from './customer-360/customer-360.query.js';
import { SATISFACTION_DIMENSIONS, satisfactionDashboard } from './satisfaction/satisfaction.query.js';
import { createMemoryReads } from './memory/memory.reads.js';
import { allPages, buildReadModels, inBatches } from './testing/build-read-models.js';
import { generatedHistory, type GeneratedHistory } from './testing/customer-history.arbitrary.js';
import { reference360 } from './testing/reference/reference-360.js';
import { referenceChurn } from './testing/reference/reference-churn.js';
import { referenceChurnList } from './testing/reference/reference-churn-list.js';
import { referenceCustomers } from './testing/reference/reference-customers.js';
import {
  referenceComplaints,
  referenceCoverage,
  referenceSatisfaction,
  referenceWorklist,
} from './testing/reference/reference-dashboards.js';

const model = CHURN_MODEL_V1;
const DAY = 86_400_000;
const BASE = Date.parse('2025-01-01T00:00:00.000Z');
const RUNS = { numRuns: 120 };

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** A random [from, to) over the generated years, either side possibly open. */
const range = fc
  .record({
    from: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
    span: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  })
  .map(({ from, span }) => {
    const start = from === null ? null : BASE + from * DAY;
    return { from: isoOrNull(start), to: isoOrNull(span === null ? null : (start ?? BASE) + span * DAY) };
  });

const scenario = fc.record({
  history: generatedHistory,
  sizes: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
});

/**
 * Every read model built incrementally in random batches, queried as the stores answer (each read model under its
 * projection's name), and the naive reference from the same events.
 */
const prepare = ({ history, sizes }: { history: GeneratedHistory; sizes: number[] }) => {
  const models = buildReadModels(inBatches(toProjectedEvents(history.events), sizes));
  const all = <Doc>(projection: string, collection: string): Doc[] =>
    models.get(projection)?.all<Doc>(collection) ?? [];
  const reads = createMemoryReads(models);
  return { now: history.now, all, models, reads, customers: [...referenceCustomers(history.events).values()] };
};

describe('query results over random valid histories equal a naive reference computed from the events', () => {
  it('customer 360', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { now, models, customers } = prepare(input);
        for (const customer of customers) {
          const id = customer.registration.customerId;
          const doc = models.get('customer-360')?.get<Customer360Document>('customer_360', id);
          const churn = models.get('churn-risk')?.get<ChurnInputsDocument>('churn_inputs', id) ?? null;
          expect(doc && customer360View(doc, churn, now, model)).toEqual(reference360(customer, now, model));
        }
      }),
      RUNS,
    );
  });

  it('churn risk: the list in pages, filtered, at the time of the history or at any other', async () => {
    const filters = fc.record({
      band: fc.option(fc.constantFrom(...CHURN_BANDS), { nil: undefined }),
      segment: fc.option(fc.constantFrom('mass', 'affluent', 'sme'), { nil: undefined }),
      limit: fc.integer({ min: 1, max: 4 }),
      // Days after the generated histories began: often before some of their facts, where the bounds do not hold.
      askedOnDay: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, filters, async (input, { band, segment, limit, askedOnDay }) => {
        const { now: historyNow, reads, customers } = prepare(input);
        const now = askedOnDay === null ? historyNow : new Date(BASE + askedOnDay * DAY).toISOString();
        const filter = { ...(band ? { band } : {}), ...(segment ? { segment } : {}) };
        const listed = await allPages((cursor) => churnRiskList(reads, 'churn-risk', { ...filter, limit, cursor }, now));
        expect(listed).toEqual(referenceChurnList(customers, filter, now, model));
      }),
      RUNS,
    );
  });

  it('churn risk: each customer’s score, band and contributions', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { now, all, customers } = prepare(input);
        const docs = all<ChurnInputsDocument>('churn-risk', 'churn_inputs');
        for (const customer of customers) {
          const doc = docs.find((candidate) => candidate.customerId === customer.registration.customerId);
          const detail = churnRiskDetail(doc, now, model);
          if (customer.status === 'departed') {
            expect(detail).toBeNull();
            continue;
          }
          const contributions = Object.fromEntries(detail?.factors.map((f) => [f.factor, f.contribution]) ?? []);
          expect({ score: detail?.score, band: detail?.band, contributions }).toEqual(referenceChurn(customer, now, model));
        }
      }),
      RUNS,
    );
  });

  it('satisfaction dashboard', async () => {
    const groupBy = fc.shuffledSubarray([...SATISFACTION_DIMENSIONS]);
    await fc.assert(
      fc.asyncProperty(scenario, range, groupBy, async (input, timeRange, dimensions) => {
        const { reads, customers } = prepare(input);
        expect(await satisfactionDashboard(reads, 'satisfaction', { range: timeRange, groupBy: dimensions })).toEqual(
          referenceSatisfaction(customers, timeRange, dimensions),
        );
      }),
      RUNS,
    );
  });

  it('complaints dashboard', async () => {
    const groupBy = fc.shuffledSubarray([...COMPLAINT_DIMENSIONS]);
    await fc.assert(
      fc.asyncProperty(scenario, range, groupBy, async (input, timeRange, dimensions) => {
        const { now, reads, customers } = prepare(input);
        expect(await complaintsDashboard(reads, 'complaints', { range: timeRange, groupBy: dimensions }, now)).toEqual(
          referenceComplaints(customers, timeRange, dimensions, now),
        );
      }),
      RUNS,
    );
  });

  it('open-complaints worklist, in pages', async () => {
    const request = fc.record({
      overdue: fc.option(fc.boolean(), { nil: undefined }),
      limit: fc.integer({ min: 1, max: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, request, async (input, { overdue, limit }) => {
        const { now, reads, customers } = prepare(input);
        const flag = overdue === undefined ? {} : { overdue };
        const listed = await allPages((cursor) =>
          openComplaintsWorklist(reads, 'complaints', { ...flag, limit, cursor }, now),
        );
        const compared = listed.map((item) => ({
          customerId: item.customerId,
          complaintId: item.complaintId,
          dueAt: item.dueAt,
          extensions: item.extensions,
          overdue: item.overdue,
          daysUntilDue: item.daysUntilDue,
        }));
        expect(compared).toEqual(referenceWorklist(customers, now, overdue));
      }),
      RUNS,
    );
  });

  it('contact coverage', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.shuffledSubarray([...COVERAGE_DIMENSIONS]), async (input, groupBy) => {
        const { now, reads, customers } = prepare(input);
        expect(await contactCoverage(reads, 'contact-coverage', { groupBy }, now)).toEqual(
          referenceCoverage(customers, groupBy, now),
        );
      }),
      RUNS,
    );
  });
});
