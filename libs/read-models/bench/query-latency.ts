import {
  activeProjectionId,
  churnRiskDetail,
  churnRiskList,
  complaintsDashboard,
  contactCoverage,
  CURRENT_CHURN_MODEL,
  customer360View,
  openComplaintsWorklist,
  satisfactionDashboard,
  type ChurnInputsDocument,
  type Customer360Document,
  type ReadModelStore,
} from '../src/index.js';
import { percentile } from './stats.js';

export type QueryLatency = Readonly<{ query: string; runs: number; p50: number; p99: number; found: number }>;

/** After every generated event, so each query sees the whole history. */
const NOW = '2026-01-01T00:00:00.000Z';
const YEAR = { from: '2025-01-01T00:00:00.000Z', to: NOW };

type Query = Readonly<{ name: string; runs: number; run: (i: number) => Promise<number> }>;

/**
 * Each query as the API runs it: the query function over the store (or a get by id and the pure view) at `now`.
 * `found` is the size of the answer (items, rows or 1), to show the work is real.
 */
export const measureQueries = async (store: ReadModelStore, customers: number): Promise<QueryLatency[]> => {
  const records = await store.records();
  const id = (name: string): string => {
    const active = activeProjectionId(records, name);
    if (active === null) throw new Error(`${name} has no live version to query`);
    return active;
  };
  const [c360, churn, satisfaction, complaints, coverage] = ['customer-360', 'churn-risk', 'satisfaction', 'complaints', 'contact-coverage'].map(id) as [string, string, string, string, string];
  // A fixed walk over the customers, so every run reads a different document.
  const customer = (i: number): string => `c-${1 + ((i * 7919) % customers)}`;

  const queries: Query[] = [
    {
      name: 'customer 360 by id',
      runs: 2000,
      run: async (i) => {
        const doc = await store.get<Customer360Document>(c360, 'customer_360', customer(i));
        const inputs = await store.get<ChurnInputsDocument>(churn, 'churn_inputs', customer(i));
        return doc === undefined ? 0 : customer360View(doc, inputs ?? null, NOW, CURRENT_CHURN_MODEL) ? 1 : 0;
      },
    },
    {
      name: 'churn-risk list (all active customers, first 50)',
      runs: 20,
      run: async () => (await churnRiskList(store, churn, { limit: 50 }, NOW)).items.length,
    },
    {
      name: 'churn-risk list (band medium, first 50)',
      runs: 20,
      run: async () => (await churnRiskList(store, churn, { band: 'medium', limit: 50 }, NOW)).items.length,
    },
    {
      name: 'churn-risk detail by id',
      runs: 2000,
      run: async (i) => {
        const doc = await store.get<ChurnInputsDocument>(churn, 'churn_inputs', customer(i));
        return churnRiskDetail(doc, NOW, CURRENT_CHURN_MODEL) === null ? 0 : 1;
      },
    },
    {
      name: 'satisfaction dashboard (a year, by month and segment)',
      runs: 20,
      run: async () => {
        const params = { range: YEAR, groupBy: ['month', 'segment'] as const };
        return (await satisfactionDashboard(store, satisfaction, params)).rows.length;
      },
    },
    {
      name: 'complaints dashboard (a year, by month and category)',
      runs: 20,
      run: async () => {
        const params = { range: YEAR, groupBy: ['month', 'category'] as const };
        return (await complaintsDashboard(store, complaints, params, NOW)).rows.length;
      },
    },
    {
      name: 'open complaints worklist (first 50)',
      runs: 50,
      run: async () => (await openComplaintsWorklist(store, complaints, { limit: 50 }, NOW)).items.length,
    },
    {
      name: 'contact coverage (by segment)',
      runs: 20,
      run: async () => (await contactCoverage(store, coverage, { groupBy: ['segment'] as const }, NOW)).rows.length,
    },
  ];

  const results: QueryLatency[] = [];
  for (const query of queries) {
    const times: number[] = [];
    let found = 0;
    await query.run(0);
    for (let i = 0; i < query.runs; i += 1) {
      const started = performance.now();
      found = await query.run(i);
      times.push(performance.now() - started);
    }
    results.push({ query: query.name, runs: query.runs, p50: percentile(times, 50), p99: percentile(times, 99), found });
  }
  return results;
};
